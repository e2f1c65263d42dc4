import { sankey } from 'd3-sankey';
import { describe, expect, it } from 'vitest';
import { buildSankeyGraph } from '../../src/lib/charts/sankey-graph';

describe('buildSankeyGraph', () => {
  // Flows in both directions between the same countries, and a domestic flow.
  const flows = [
    { origin: 'DEU', destination: 'FRA', students: 30 },
    { origin: 'FRA', destination: 'DEU', students: 25 },
    { origin: 'DEU', destination: 'DEU', students: 12 },
    { origin: 'FRA', destination: 'ESP', students: 8 },
    { origin: 'ESP', destination: 'DEU', students: 5 },
  ];

  it('gives origins and destinations distinct ids', () => {
    const graph = buildSankeyGraph(flows);
    const ids = graph.nodes.map((node) => node.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('origin:DEU');
    expect(ids).toContain('destination:DEU');
  });

  it('drops self flows and counts them', () => {
    const graph = buildSankeyGraph(flows);
    expect(graph.selfFlowStudents).toBe(12);
    expect(graph.total).toBe(68);
    expect(graph.links).toHaveLength(4);
  });

  it('lays out without a cycle error', () => {
    const graph = buildSankeyGraph(flows);
    const layout = sankey<{ id: string }, object>()
      .nodeId((node) => node.id)
      .extent([
        [0, 0],
        [400, 300],
      ]);
    const result = layout({ nodes: graph.nodes.map((n) => ({ ...n })), links: graph.links });
    for (const link of result.links) {
      expect(Number.isFinite(link.width)).toBe(true);
    }
  });

  it('groups small countries into other', () => {
    const many = Array.from({ length: 15 }, (_, index) => ({
      origin: `O${String(index).padStart(2, '0')}`,
      destination: 'DEU',
      students: 100 - index,
    }));
    const graph = buildSankeyGraph(many, { maxNodesPerSide: 10, otherOriginLabel: 'Other' });
    const origins = graph.nodes.filter((node) => node.role === 'origin');
    expect(origins).toHaveLength(11);
    const other = origins.find((node) => node.iso3 === null);
    expect(other?.label).toBe('Other');
    expect(other?.members).toEqual(['O10', 'O11', 'O12', 'O13', 'O14']);
    const otherLink = graph.links.find((link) => link.source === 'origin:other');
    expect(otherLink?.value).toBe(90 + 89 + 88 + 87 + 86);
    expect(graph.total).toBe(many.reduce((sum, flow) => sum + flow.students, 0));
  });

  it('never merges a single country into other', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => ({
      origin: `O${index}`,
      destination: 'DEU',
      students: 10,
    }));
    const graph = buildSankeyGraph(eleven, { maxNodesPerSide: 10 });
    expect(graph.nodes.some((node) => node.iso3 === null)).toBe(false);
  });

  it('returns no links for zero and missing counts', () => {
    const graph = buildSankeyGraph([
      { origin: 'SWE', destination: 'NOR', students: 0 },
      { origin: 'NOR', destination: 'SWE', students: Number.NaN },
    ]);
    expect(graph.links).toHaveLength(0);
    expect(graph.nodes).toHaveLength(0);
    expect(graph.total).toBe(0);
  });
});
