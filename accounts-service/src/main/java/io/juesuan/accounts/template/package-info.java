/** Year-specific table templates, loaded from data files. */
package io.juesuan.accounts.template;
