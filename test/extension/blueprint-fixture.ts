import { EmptyFileSystem, URI } from 'langium';
import type { BlueprintDocument } from '../../language-server/src/blueprint/blueprint-schema.js';
import { buildBlueprint } from '../../language-server/src/blueprint/build-blueprint.js';
import { createSvcServices } from '../../language-server/src/svc-module.js';

/** The blueprint model of one spec, through the real parser and validator, as the server would answer. */
export async function blueprintOf(text: string): Promise<BlueprintDocument> {
    const { shared, Svc } = createSvcServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse('memory:///workspace/spec.svc'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });
    return buildBlueprint(document, Svc);
}

/** Two services; the first has two processes. Line numbers matter to the cursor tests. */
export const twoServices = `service Counter "柜台" {
  actor Guest "客人" customer
  actor Clerk "前台" frontstage
  process CheckIn "入住" {
    step Arrive "到店" by Guest { next Register }
    step Register "登记" by Clerk {
      duration 5 min
      next end
    }
  }
  process CheckOut "退房" {
    step Leave "离店" by Guest { next end }
  }
}
service Phone {
  actor Caller customer
  process Call {
    step Dial by Caller { next end }
  }
}
`;
