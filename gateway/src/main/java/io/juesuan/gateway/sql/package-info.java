/** Plain JDBC on the read model's database: the one home of connections, parameters and rows. */
package io.juesuan.gateway.sql;
