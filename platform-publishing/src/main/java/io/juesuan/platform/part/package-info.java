/**
 * The publish workflow every part shares: a working copy with revisions, immutable published versions and
 * corrections, each publication written with its outbox event in one transaction.
 */
package io.juesuan.platform.part;
