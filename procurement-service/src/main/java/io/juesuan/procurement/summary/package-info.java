/** A department-year's government procurement (政府采购) summary, its SME ratios and findings. */
package io.juesuan.procurement.summary;
