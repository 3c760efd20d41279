/** Where this service serves its parked outbox events (the relay itself: platform-publishing's outbox package). */
package io.juesuan.accounts.outbox;
