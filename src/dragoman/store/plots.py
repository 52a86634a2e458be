"""Static plots (matplotlib, Agg backend): the actor network and a dyad timeline.

Both take the plain dicts returned by :func:`queries.graph` and
:func:`queries.dyad`, so a plot shows exactly what the API and ``--json`` show.
Colours carry meaning consistently: green is cooperation, red is conflict (the
``plover_scores`` scale), and actor kinds have fixed colours.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import networkx as nx
from matplotlib import patheffects
from matplotlib.colors import Normalize, TwoSlopeNorm
from matplotlib.lines import Line2D

KIND_COLOURS = {"country": "#4C72B0", "person": "#DD8452", "organization": "#8172B3", "media": "#937860",
                "group": "#64B5CD", "": "#9E9E9E"}
#: Cooperative types in greens/blues, conflictual in oranges/reds, ordered by the score scale.
TYPE_COLOURS = {
    "AID": "#1b7837", "COOPERATE": "#5aae61", "AGREE": "#a6dba0", "CONCEDE": "#4dac26", "RETREAT": "#b8e186",
    "SUPPORT": "#92c5de", "CONSULT": "#4393c3", "REQUEST": "#2166ac",
    "ACCUSE": "#fdb863", "REJECT": "#e08214", "SANCTION": "#b35806", "THREATEN": "#f4a582",
    "PROTEST": "#d6604d", "COERCE": "#b2182b", "MOBILIZE": "#8c510a", "ASSAULT": "#67001f",
}
SCORE_CMAP = "RdYlGn"


def _save(fig: Any, output: str | Path) -> str:
    out = Path(output)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out, dpi=150, bbox_inches="tight", facecolor="white")
    plt.close(fig)
    return str(out)


def plot_network(g: dict[str, Any], output: str | Path, top: int = 40, title: str | None = None) -> str:
    """Spring-layout actor network of the ``top`` most connected actors.

    Node area ∝ mentions, colour = kind; edge width ∝ events, colour = mean
    cooperation–conflict score of those events (red −10 … green +10).
    """
    G = nx.Graph()
    for n in g["nodes"]:
        G.add_node(n["id"], **n)
    for e in g["edges"]:
        G.add_edge(e["source"], e["target"], n=e["n"], score=e["score"])
    weight = {v: sum(d["n"] for _, _, d in G.edges(v, data=True)) for v in G}
    keep = sorted(G, key=lambda v: (-weight[v], -(G.nodes[v].get("mentions") or 0), v))[:top]
    H = G.subgraph(keep).copy()
    fig, ax = plt.subplots(figsize=(13, 10))
    ax.set_axis_off()
    ax.set_title(title or f"Actor network — {H.number_of_nodes()} actors, {H.number_of_edges()} dyads "
                          f"(edge width = events, colour = cooperation/conflict)", fontsize=13, loc="left")
    if H.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "no events with both a source and a target", ha="center", va="center",
                fontsize=14, transform=ax.transAxes)
        return _save(fig, output)
    pos = _packed_layout(H)
    max_n = max((d["n"] for _, _, d in H.edges(data=True)), default=1)
    norm = Normalize(-10, 10)
    cmap = plt.get_cmap(SCORE_CMAP)
    edges = list(H.edges(data=True))
    nx.draw_networkx_edges(H, pos, ax=ax, edgelist=[(u, v) for u, v, _ in edges],
                           width=[1.0 + 7.0 * d["n"] / max_n for _, _, d in edges],
                           edge_color=[cmap(norm(d["score"])) for _, _, d in edges], alpha=0.85)
    max_m = max((H.nodes[v].get("mentions") or 1 for v in H), default=1)
    sizes = [150 + 2400 * math.sqrt((H.nodes[v].get("mentions") or 1) / max_m) for v in H]
    colours = [KIND_COLOURS.get(H.nodes[v].get("kind") or "", KIND_COLOURS[""]) for v in H]
    nx.draw_networkx_nodes(H, pos, ax=ax, node_size=sizes, node_color=colours, edgecolors="white",
                           linewidths=1.5)
    for v in H:
        x, y = pos[v]
        name = H.nodes[v].get("name") or v
        label = name if len(name) <= 28 else name[:26] + "…"
        ax.text(x, y, label, fontsize=9 if H.number_of_nodes() > 25 else 11, ha="center", va="center",
                fontweight="bold", color="#111111",
                path_effects=[patheffects.withStroke(linewidth=3, foreground="white")])
    kinds = sorted({H.nodes[v].get("kind") or "" for v in H})
    handles = [Line2D([], [], marker="o", ls="", markersize=11, markerfacecolor=KIND_COLOURS.get(kd, "#9E9E9E"),
                      markeredgecolor="white", label=kd or "unknown") for kd in kinds]
    ax.legend(handles=handles, title="actor kind\n(size = mentions)", loc="upper left", bbox_to_anchor=(1.0, 1.0),
              frameon=False)
    sm = plt.cm.ScalarMappable(norm=norm, cmap=cmap)
    cb = fig.colorbar(sm, ax=ax, shrink=0.5, pad=0.01)
    cb.set_label("mean cooperation–conflict score (−10 conflict … +10 cooperation)")
    return _save(fig, output)


def _packed_layout(H: nx.Graph) -> dict[str, Any]:
    """Spring layout per connected component, components packed left to right by size.

    One spring layout over a disconnected graph flings the small components to the
    corners and squeezes the main one; laying each out on its own keeps every label legible.
    """
    comps = sorted((H.subgraph(c) for c in nx.connected_components(H)), key=lambda c: -c.number_of_nodes())
    pos: dict[str, Any] = {}
    x_off, y_off, row_h = 0.0, 0.0, 0.0
    width = 2.2 * math.sqrt(comps[0].number_of_nodes()) + 1.0
    for comp in comps:
        size = 2.0 * math.sqrt(comp.number_of_nodes()) if comp.number_of_nodes() > 1 else 0.6
        if comp.number_of_nodes() > 1:
            sub = nx.spring_layout(comp, k=1.6 / math.sqrt(comp.number_of_nodes()), iterations=300, seed=7,
                                   scale=size / 2, center=(0, 0))
        else:
            sub = {next(iter(comp)): (0.0, 0.0)}
        if x_off > 0 and x_off + size > width:
            x_off, y_off, row_h = 0.0, y_off - row_h - 0.8, 0.0
        for v, (x, y) in sub.items():
            pos[v] = (x + x_off + size / 2, y + y_off - size / 2)
        x_off += size + 0.8
        row_h = max(row_h, size)
    return pos


def plot_dyad(d: dict[str, Any], output: str | Path, title: str | None = None) -> str:
    """Monthly events between two sides, stacked by PLOVER type, with the mean score as a line."""
    months = _fill_months([m for m in d["months"] if m["month"] != "undated"])
    fig, ax = plt.subplots(figsize=(max(8, 0.55 * len(months) + 4), 6))
    ax.set_title(title or f"{d['a']} ↔ {d['b']}: {d['n_events']} events by month", fontsize=13, loc="left")
    if not months:
        ax.text(0.5, 0.5, "no dated events between these sides", ha="center", va="center", fontsize=14,
                transform=ax.transAxes)
        ax.set_axis_off()
        return _save(fig, output)
    labels = [m["month"] for m in months]
    x = list(range(len(months)))
    types = [t for t in TYPE_COLOURS if any(t in m["types"] for m in months)]
    types += sorted({t for m in months for t in m["types"]} - set(types))
    bottom = [0] * len(months)
    for t in types:
        vals = [m["types"].get(t, 0) for m in months]
        ax.bar(x, vals, bottom=bottom, color=TYPE_COLOURS.get(t, "#bbbbbb"), label=t, width=0.8,
               edgecolor="white", linewidth=0.5)
        bottom = [b + v for b, v in zip(bottom, vals, strict=True)]
    ax.set_ylabel("events")
    ax.set_ylim(0, max(bottom) * 1.12 + 0.5)
    ax.set_xticks(x, labels, rotation=45 if len(x) > 8 else 0, ha="right" if len(x) > 8 else "center")
    ax.set_xlim(-0.6, len(x) - 0.4)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax2 = ax.twinx()
    xs = [i for i, m in zip(x, months, strict=True) if m["n"]]
    scores = [m["score"] for m in months if m["n"]]
    ax2.axhline(0, color="#555555", lw=0.8, ls=":")
    ax2.plot(xs, scores, color="black", lw=2.2, marker="o", label="mean score (months with events)")
    norm = TwoSlopeNorm(vmin=-10, vcenter=0, vmax=10)
    ax2.scatter(xs, scores, c=scores, cmap=SCORE_CMAP, norm=norm, s=70, zorder=3, edgecolors="black")
    ax2.set_ylim(-10.5, 10.5)
    ax2.set_ylabel("cooperation–conflict score (−10 … +10)")
    h1, l1 = ax.get_legend_handles_labels()
    h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1[::-1] + h2, l1[::-1] + l2, loc="upper left", bbox_to_anchor=(1.08, 1.0), frameon=False,
              title="PLOVER type")
    return _save(fig, output)


def _fill_months(months: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Insert empty months so the x axis is true calendar time, not just months with events."""
    if not months:
        return months
    have = {m["month"]: m for m in months}
    y, mo = map(int, months[0]["month"].split("-"))
    end = tuple(map(int, months[-1]["month"].split("-")))
    out = []
    while (y, mo) <= end:
        key = f"{y:04d}-{mo:02d}"
        out.append(have.get(key, {"month": key, "n": 0, "types": {}, "score": None, "score_sum": 0.0}))
        y, mo = (y + 1, 1) if mo == 12 else (y, mo + 1)
    return out
