package vn.ocop.dossier.common.web;

import java.util.List;

/** One page of a list, with the total number of matches. */
public record PageView<T>(List<T> items, int page, int size, long total) {}
