import { tableFromArrays } from 'apache-arrow';
import { describe, expect, test } from 'vitest';
import { arrowToCsv, rowsToCsv } from '../../src/lib/datasets/export-csv';
import { readText } from '../../src/lib/upload/pipeline';
import { flowsToArrow, ipcToArrow, arrowToIpc } from '../../src/lib/upload/to-arrow';
import { caseBytes } from '../support/upload-fixtures';

describe('CSV export', () => {
  test('quotes and nulls', () => {
    const table = tableFromArrays({ note: ['a,b', 'say "hi"', 'x\ny'], n: [1, 2, 3] });
    expect(arrowToCsv(table)).toBe('note,n\r\n"a,b",1\r\n"say ""hi""",2\r\n"x\ny",3\r\n');
    expect(rowsToCsv(['a', 'b'], [{ a: null, b: 500003 }])).toBe('a,b\r\n,500003\r\n');
  });

  test('flows round trip', () => {
    const { columns } = readText(caseBytes('07-missing-markers-flags.csv'));
    const table = ipcToArrow(arrowToIpc(flowsToArrow(columns)));
    expect(table.numRows).toBe(9);
    const csv = arrowToCsv(table).split('\r\n');
    expect(csv[0]).toBe(
      'year,origin,destination,level,students,year_label,programme,flag,is_aggregate,' +
        'source_line,src_origin,src_destination,src_year,src_students',
    );
    expect(csv).toContain('2021,LUX,NLD,ISCED11_5T8,,,,c,false,10,LU,NL,2021,: c');
    expect(csv).toContain('2021,MLT,DEU,ISCED11_5T8,0,,,,false,9,MT,DE,2021,0');
  });
});
