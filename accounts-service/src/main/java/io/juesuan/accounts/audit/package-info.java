/** Where this service serves its audit log (the log itself: platform-publishing's audit package). */
package io.juesuan.accounts.audit;
