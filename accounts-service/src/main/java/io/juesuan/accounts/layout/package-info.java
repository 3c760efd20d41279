/**
 * What a department-year's document is checked and printed with (its catalogue and table layouts), resolved once
 * per document: layout profiles per region and first year, loaded like catalogues.
 */
package io.juesuan.accounts.layout;
