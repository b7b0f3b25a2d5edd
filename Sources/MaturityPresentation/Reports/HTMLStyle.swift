import MaturityCore

/// The report's only stylesheet, inline: screen reading at page width, and
/// print on A4 with a page break before each dimension.
enum HTMLStyle {
    static let css = """
    @page { size: A4; margin: 14mm 12mm 16mm 12mm; }
    :root { --ink: #1b2430; --muted: #5b6675; --line: #c9ced6; --accent: #1f3a5f; --soft: #f3f5f8; }
    * { box-sizing: border-box; }
    html { font-size: 10.5pt; }
    body { margin: 0 auto; max-width: 186mm; padding: 8mm 0; color: var(--ink); line-height: 1.45;
           font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei",
                        "Helvetica Neue", Arial, sans-serif; }
    h1 { font-size: 1.9rem; margin: 0 0 .2rem; color: var(--accent); }
    h2 { font-size: 1.35rem; margin: 1.4rem 0 .5rem; padding-bottom: .2rem; border-bottom: 2px solid var(--accent); color: var(--accent); }
    h3 { font-size: 1.08rem; margin: 1rem 0 .4rem; }
    p { margin: .35rem 0; }
    .subtitle { font-size: 1.1rem; color: var(--muted); margin: 0 0 .8rem; }
    .meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .6rem 0; }
    .meta dt { color: var(--muted); }
    .meta dd { margin: 0; }
    .banner { border: 1.5px solid var(--ink); border-left-width: 6px; padding: .45rem .7rem; margin: .6rem 0; background: #fff; }
    .banner strong { letter-spacing: .02em; }
    .notice { border: 1px solid var(--line); background: var(--soft); padding: .5rem .7rem; margin: .6rem 0; font-size: .92rem; }
    .headline { font-size: 1.5rem; font-weight: 700; margin: .4rem 0; }
    .headline .what { font-size: .95rem; font-weight: 400; color: var(--muted); display: block; }
    .meaning { margin: .2rem 0 .6rem; }
    table { width: 100%; border-collapse: collapse; margin: .4rem 0 .8rem; font-size: .92rem; }
    thead { display: table-header-group; }
    th, td { border: 1px solid var(--line); padding: .22rem .4rem; text-align: left; vertical-align: top; }
    th { background: var(--soft); font-weight: 600; }
    td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    td.rating { text-align: center; white-space: nowrap; font-weight: 600; }
    tr { break-inside: avoid; page-break-inside: avoid; }
    tr.section-row td { background: var(--soft); font-weight: 600; }
    tr.section-row { break-after: avoid; page-break-after: avoid; }
    tr.level-first td { border-top: 2px solid var(--ink); }
    .met { font-weight: 600; }
    .unmet { font-weight: 600; text-decoration: underline; text-decoration-style: dotted; }
    .held-row td { background: #e8eef6; font-weight: 600; }
    .badge { display: inline-block; border: 1px solid var(--ink); border-radius: 3px; padding: 0 .3rem; font-size: .78rem;
             margin-left: .3rem; font-weight: 400; white-space: nowrap; }
    .badge.flag { border-style: dashed; }
    .badge.conflict { border-width: 2px; font-weight: 600; }
    .note { white-space: pre-wrap; overflow-wrap: anywhere; }
    .detail { margin: .1rem 0; font-size: .88rem; }
    .detail .k { color: var(--muted); }
    .assessors { margin: .15rem 0 0 .2rem; padding-left: 1rem; font-size: .86rem; }
    .unanswered { color: var(--muted); font-style: italic; }
    dl.definitions { margin: .3rem 0 .8rem; }
    dl.definitions dt { font-weight: 600; margin-top: .45rem; }
    dl.definitions dt.held { color: #1f3a5f; }
    dl.definitions dd { margin: .1rem 0 0 1.2rem; break-inside: avoid; page-break-inside: avoid; }
    dl.definitions dd p { margin: .1rem 0; }
    p.unscored { font-size: .88rem; color: var(--muted); margin-top: .25rem; }
    ul.unscored { margin: .1rem 0 .2rem; padding-left: 1.1rem; font-size: .88rem; }
    svg { display: block; margin: .4rem 0 .8rem; overflow: visible; }
    svg text { font-family: inherit; fill: var(--ink); }
    svg .legend { font-size: 12px; }
    svg .label { font-size: 12px; }
    svg .label.marked { font-weight: 700; }
    svg .value { font-size: 11px; font-variant-numeric: tabular-nums; }
    svg .tick { font-size: 10px; fill: var(--muted); }
    svg .grid { stroke: #e1e5ea; stroke-width: 1; }
    svg .track { fill: #f6f7f9; stroke: #e1e5ea; stroke-width: .6; }
    svg .step-id { font-size: 13px; font-weight: 700; }
    svg .step-name { font-size: 11px; }
    svg .step-held { font-size: 12px; font-weight: 700; }
    svg .step-next { font-size: 11px; }
    .grid-card td.mark { text-align: center; font-size: .85rem; }
    .grid-card { table-layout: fixed; }
    .grid-card td.mark span { display: inline-block; margin: 0 .15rem; }
    section.dimension { break-before: page; page-break-before: always; }
    section.keep { break-inside: avoid; page-break-inside: avoid; }
    footer { margin-top: 1.5rem; padding-top: .4rem; border-top: 1px solid var(--line); color: var(--muted); font-size: .85rem; }
    @media print {
      body { max-width: none; padding: 0; }
      h2, h3 { break-after: avoid; page-break-after: avoid; }
      svg { break-inside: avoid; page-break-inside: avoid; }
      .banner, .notice { break-inside: avoid; }
    }
    """
}
