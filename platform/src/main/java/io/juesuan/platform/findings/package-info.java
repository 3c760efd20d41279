/** The validation findings shape shared by every service. */
package io.juesuan.platform.findings;
