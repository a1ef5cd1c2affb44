/**
 * The LDP session (neighbor) state machine of RFC 5036 section 2.5.4, as a pure function:
 * {@link dev.ferry.ldpd.session.SessionFsm#transition} maps a {@link dev.ferry.ldpd.session.SessionState} and a
 * {@link dev.ferry.ldpd.session.SessionEvent} to a {@link dev.ferry.ldpd.session.Transition} (next state and the
 * {@link dev.ferry.ldpd.session.SessionAction}s to run, in order). Nothing here touches sockets or timers:
 * {@link dev.ferry.ldpd.session.SessionMachine} is the one place a neighbor's state changes, and the daemon's
 * event loop runs the actions it returns. The active/passive role (section 2.5.2) is
 * {@link dev.ferry.ldpd.session.SessionRole#of}.
 */
package dev.ferry.ldpd.session;
