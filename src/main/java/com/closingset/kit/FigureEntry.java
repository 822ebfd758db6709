package com.closingset.kit;

/** An entry of a kit's {@code figures:}: one figure of the deal, or the figures of each item of a list. */
public sealed interface FigureEntry permits FigureDeclaration, ItemFigures {
}
