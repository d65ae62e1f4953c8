package com.actiontracker.parse;

/**
 * How firmly an action was promised. Only a commitment is one: "I might get to it by Friday" and "we should look at
 * that" are not, and an inferred action said that way waits for a person to accept it.
 */
public enum Commitment {
    /** "I'll send it", "Dana will", a request someone accepted, a task written down. */
    COMMITTED,
    /** Hedged or weak: "maybe I'll", "I could try to", "I might". */
    TENTATIVE,
    /** Put to the group or asked of someone, and nobody took it on: "we should", "can you". */
    PROPOSED
}
