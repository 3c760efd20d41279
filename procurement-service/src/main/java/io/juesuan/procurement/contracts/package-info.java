/** Procurement contracts of a department-year: suppliers with their credit codes and scales, the computed summary. */
package io.juesuan.procurement.contracts;
