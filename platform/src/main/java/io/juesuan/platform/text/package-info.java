/** The one rule for free text, whichever door it comes in by. */
package io.juesuan.platform.text;
