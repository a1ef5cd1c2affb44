/**
 * The link state database with aging ({@link dev.ferry.ospfd.core.lsdb.Lsdb}, one per flooding scope) and the
 * small pure rules around it: which LSAs are self-originated, sequence numbers and their flush-first wrap, and the
 * MinLSArrival / MinLSInterval / LSRefreshTime limits. Flooding itself (retransmission lists, acknowledgements)
 * belongs to the neighbor runtime that drives this database.
 */
package dev.ferry.ospfd.core.lsdb;
