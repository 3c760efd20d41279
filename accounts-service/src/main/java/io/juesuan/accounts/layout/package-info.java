/**
 * What a department-year's document is checked and printed with (its catalogue and table layouts), resolved once
 * per document. Layout profiles per region and year will live here.
 */
package io.juesuan.accounts.layout;
