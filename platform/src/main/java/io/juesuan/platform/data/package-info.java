/** Reading the data files that ship with the services. */
package io.juesuan.platform.data;
