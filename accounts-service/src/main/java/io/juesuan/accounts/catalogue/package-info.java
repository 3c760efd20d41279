/** The year's classification catalogues (政府收支分类科目) as the finance bureau loads them, versioned: codes only. */
package io.juesuan.accounts.catalogue;
