package dev.ferry.ospfd.core.lsdb;

import dev.ferry.ospfd.lsa.Lsa;

/**
 * What {@link Lsdb#install} replaced.
 *
 * @param previous the copy that was in the database, with its age at the time of the install, or null
 * @param contentChanged RFC 2328 13.2: the new instance differs from the previous one in more than age, sequence
 *     number and checksum (or there was none); the caller schedules SPF when it is true
 */
public record InstallResult(Lsa previous, boolean contentChanged) {
}
