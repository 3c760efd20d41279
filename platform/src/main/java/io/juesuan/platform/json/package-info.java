/** JSON settings shared by every service. */
package io.juesuan.platform.json;
