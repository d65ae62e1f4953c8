package com.actiontracker.cli;

import com.actiontracker.query.ReportText;

/**
 * How wide the text ledger may be. Printed to a pipe or a file, nothing is cut; on a terminal, lines fit its width as
 * the shell exports it ({@code COLUMNS}), else a width most terminals have. Java cannot ask the terminal itself
 * without a native library, which a report does not warrant.
 */
final class TerminalWidth {

    private static final int USUAL = 120;

    private TerminalWidth() {}

    static int columns() {
        if (System.console() == null) {
            return ReportText.UNLIMITED;
        }
        String exported = System.getenv("COLUMNS");
        try {
            return exported == null ? USUAL : Math.max(60, Integer.parseInt(exported.trim()));
        } catch (NumberFormatException e) {
            return USUAL;
        }
    }
}
