package com.actiontracker.parse;

/**
 * One sentence of a transcript turn.
 *
 * @param turn    index of its turn in the cleaned transcript
 * @param speaker the turn's speaker as written
 * @param line    1-based line of the turn in the file
 */
record SpokenSentence(int turn, String speaker, int line, String text) {}
