/** What every endpoint of every service gets at its door: limits on what a request may carry. */
package io.juesuan.platform.web;
