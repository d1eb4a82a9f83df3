package io.regtrack.change;

import io.regtrack.shared.id.NodeType;
import java.time.Instant;

/**
 * One entry of the change feed: what one transaction did to one object.
 *
 * @param type Document, Meeting, Regulation or Person
 * @param id the object's database id
 * @param action created, updated or deleted (the net effect of the transaction)
 * @param at the start time of the writing transaction (informational: the feed is ordered by
 *     transaction, and transactions may start in another order than they write)
 */
public record Change(NodeType type, long id, ChangeAction action, Instant at) {}
