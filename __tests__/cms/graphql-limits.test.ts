import { buildSchema, parse, validate } from 'graphql';
import { MAX_TOP_FIELDS, topFieldLimit } from '@/cms/graphql-limits';

const schema = buildSchema(`
  type Article { id: Int }
  type Articles { docs: [Article] }
  type Query { Articles(limit: Int): Articles, Tags: Articles }
  type Mutation { loginUser(email: String): String }
`);

const errorsOf = (query: string) => validate(schema, parse(query), [topFieldLimit]).map((e) => e.message);
const aliases = (n: number, field = 'Articles(limit: 1) { docs { id } }') => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

describe('topFieldLimit', () => {
  it(`lets a request ask for ${MAX_TOP_FIELDS} things at its top, however deep each goes`, () => {
    expect(errorsOf(`{ ${aliases(MAX_TOP_FIELDS)} }`)).toEqual([]);
    expect(errorsOf('{ Articles { docs { id } } Tags { docs { id } } __typename }')).toEqual([]);
  });

  it('refuses one more, counted through aliases, fragments and inline fragments', () => {
    const refusal = [`the request asks for ${MAX_TOP_FIELDS + 1} fields at its top: ${MAX_TOP_FIELDS} at most`];
    expect(errorsOf(`{ ${aliases(MAX_TOP_FIELDS + 1)} }`)).toEqual(refusal);
    expect(errorsOf(`{ ...Six ... on Query { ${aliases(5, 'Tags { docs { id } }')} } } fragment Six on Query { ${aliases(6)} }`)).toEqual(refusal);
    expect(errorsOf(`mutation { ${aliases(MAX_TOP_FIELDS + 1, 'loginUser(email: "a@b.c")')} }`)).toEqual(refusal);
  });

  it('counts a fragment each time it is spread', () => {
    expect(errorsOf(`{ ...Six ...Six } fragment Six on Query { ${aliases(6)} }`)).toHaveLength(1);
  });
});
