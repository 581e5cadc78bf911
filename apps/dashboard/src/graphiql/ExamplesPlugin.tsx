import { StarIcon, UnStyledButton, pick, useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { EXAMPLE_QUERIES, variablesText, type ExampleQuery } from './examples';
import './examples.css';

export const EXAMPLES_TITLE = '示例查询';

/** The examples panel: picking one opens it in the editors (a new tab unless the current one is empty); usable once the editor is. */
const ExamplesContent = () => {
  const { queryEditor, variableEditor } = useGraphiQL(pick('queryEditor', 'variableEditor'));
  const { addTab, setOperationFacts } = useGraphiQLActions();
  const open = (example: ExampleQuery) => {
    if (!queryEditor) return;
    if (queryEditor.getValue().trim() !== '') addTab();
    queryEditor.setValue(example.query);
    variableEditor?.setValue(variablesText(example));
    // GraphiQL learns the operation name from the editor only after a 100 ms debounce; a run before that (a quick
    // click on a busy machine) would send the previous tab's name ("Unknown operation named Overview"). Set it now.
    const documentAST = parse(example.query);
    const operations = documentAST.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    setOperationFacts({ documentAST, operationName: operations[0]?.name?.value, operations });
    queryEditor.focus();
  };
  return (
    <section className="wuye-examples" aria-label={EXAMPLES_TITLE}>
      <div className="graphiql-doc-explorer-title">{EXAMPLES_TITLE}</div>
      <p className="wuye-examples-hint">点击一项即在新标签页中打开，再按 Ctrl+Enter（或点击运行按钮）执行。字段说明见“文档”面板。</p>
      <ul className="wuye-examples-items">
        {EXAMPLE_QUERIES.map((example) => (
          <li key={example.id}>
            <UnStyledButton type="button" className="wuye-examples-item" data-example={example.id} disabled={!queryEditor} onClick={() => open(example)}>
              <span className="wuye-examples-item-title">{example.title}</span>
              <span className="wuye-examples-item-description">{example.description}</span>
            </UnStyledButton>
          </li>
        ))}
      </ul>
    </section>
  );
};

/** A GraphiQL 5 plugin (sidebar button + panel) with the saved example queries of examples.ts. */
export const EXAMPLES_PLUGIN: GraphiQLPlugin = {
  title: EXAMPLES_TITLE,
  icon: StarIcon,
  content: ExamplesContent,
};
