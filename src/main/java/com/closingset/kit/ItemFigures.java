package com.closingset.kit;

import java.util.List;

/**
 * The figures of each item of a list of the deal (each investor's share of the total): declared once,
 * computed per item, with the item in scope under its noun ({@code investor.shares}) and its
 * figures under {@code investor.figures}.
 *
 * @param list    the list's path in the deal ({@code investors})
 * @param noun    what one item is called, as the schema says ({@code investor})
 * @param title   the figure sheet's heading for one item: a one-line FreeMarker template
 */
public record ItemFigures(String list, String noun, String title, List<FigureDeclaration> figures) implements FigureEntry {
    public ItemFigures {
        figures = List.copyOf(figures);
    }
}
