package vn.ocop.dossier.common;

import java.util.List;

/** One page of matches and how many match in all. */
public record Found<T>(List<T> items, long total) {}
