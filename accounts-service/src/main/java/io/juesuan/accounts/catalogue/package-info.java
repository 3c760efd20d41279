/** Classification catalogues and table templates per year, loaded from data files. */
package io.juesuan.accounts.catalogue;
