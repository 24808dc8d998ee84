import { JourneyMap } from "../../JourneyMap/index";
import { buildSampleWebApi, SampleIds, type SampleOptions } from "./sampleJourney";
import { createMockContext, type MockContext, type MockContextOptions } from "./mockContext";
import { readResx } from "./resxStrings";

/** A control after init, with its mock context. */
export interface ControlUnderTest {
    control: JourneyMap;
    mock: MockContext;
}

/** Creates the control on an account form holding the sample journey, and runs init. */
export function initControl(sample: Partial<SampleOptions> = {}, options: Partial<MockContextOptions> = {}): ControlUnderTest {
    const webApi = buildSampleWebApi({ milestones: 12, goals: 3, today: new Date(), ...sample });
    const mock = createMockContext({
        webApi,
        strings: readResx(),
        host: { entityName: "account", id: SampleIds.account },
        anchor: 107350002,
        ...options,
    });
    const control = new JourneyMap();
    control.init(mock.context);
    return { control, mock };
}
