/** Money units: exact yuan in storage, 万元 with two decimals on display. */
package io.juesuan.platform.money;
