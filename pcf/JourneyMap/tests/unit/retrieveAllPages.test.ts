import { nextPageOptions, retrieveAllPages } from "../../JourneyMap/data/retrieveAllPages";
import { FakeWebApi } from "../mocks/fakeWebApi";

function webApiWith(count: number): FakeWebApi {
    const rows = Array.from({ length: count }, (_, index) => ({ cor_journeymilestoneid: String(index).padStart(4, "0"), statecode: 0 }));
    return new FakeWebApi().addRows("cor_journeymilestone", rows);
}

const asWebApi = (fake: FakeWebApi): ComponentFramework.WebApi => fake as unknown as ComponentFramework.WebApi;
const query = "?$select=cor_journeymilestoneid&$filter=statecode eq 0&$orderby=cor_journeymilestoneid asc";

describe("retrieveAllPages", () => {
    it("follows nextLink until the last page", async () => {
        const fake = webApiWith(1_234);
        const result = await retrieveAllPages(asWebApi(fake), "cor_journeymilestone", query, 500, 20);
        expect(result.rows).toHaveLength(1_234);
        expect(result.truncated).toBe(false);
        expect(fake.calls).toHaveLength(3);
    });

    it("keeps the rows in server order across pages", async () => {
        const result = await retrieveAllPages(asWebApi(webApiWith(1_001)), "cor_journeymilestone", query, 500, 20);
        const ids = result.rows.map((row) => row.cor_journeymilestoneid);
        expect(ids[499]).toBe("0499");
        expect(ids[500]).toBe("0500");
        expect(ids[1_000]).toBe("1000");
    });

    it("passes the nextLink query string as the next options", async () => {
        const fake = webApiWith(600);
        await retrieveAllPages(asWebApi(fake), "cor_journeymilestone", query, 500, 20);
        expect(fake.calls[1].options.startsWith("?")).toBe(true);
        expect(fake.calls[1].options).toContain("%24skiptoken=500");
        expect(fake.calls[1].maxPageSize).toBe(500);
    });

    it("reads a single page when the rows fit", async () => {
        const fake = webApiWith(500);
        const result = await retrieveAllPages(asWebApi(fake), "cor_journeymilestone", query, 500, 20);
        expect(result.rows).toHaveLength(500);
        expect(fake.calls).toHaveLength(1);
    });

    it("stops at the page limit and reports the cut", async () => {
        const fake = webApiWith(2_600);
        const result = await retrieveAllPages(asWebApi(fake), "cor_journeymilestone", query, 500, 3);
        expect(result.rows).toHaveLength(1_500);
        expect(result.truncated).toBe(true);
        expect(fake.calls).toHaveLength(3);
    });
});

describe("nextPageOptions", () => {
    it("returns the query string with its question mark", () => {
        // eslint-disable-next-line @microsoft/power-apps/use-relative-uri -- the Web API returns nextLink as an absolute URL
        expect(nextPageOptions("https://org.example.invalid/api/data/v9.2/accounts?$select=name&$skiptoken=x")).toBe("?$select=name&$skiptoken=x");
    });

    it("rejects a nextLink without a query string", () => {
        // eslint-disable-next-line @microsoft/power-apps/use-relative-uri -- the Web API returns nextLink as an absolute URL
        expect(() => nextPageOptions("https://org.example.invalid/api/data/v9.2/accounts")).toThrow("without a query string");
    });
});
