/** Test support shared by the services' tests (published as the platform's test-jar). */
package io.juesuan.platform.testing;
