/** The public tables (公开01–09表), generated from the stored figures by pure functions. */
package io.juesuan.accounts.tables;
