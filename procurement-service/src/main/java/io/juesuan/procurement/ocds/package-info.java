/** The Open Contracting Data Standard (OCDS 1.1) export of a department-year's contracts. */
package io.juesuan.procurement.ocds;
