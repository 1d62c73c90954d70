// A client made at run time from the served document by openapi-client-axios: it knows the operations by their
// ids, builds the URLs and query strings from the parameters' definitions, and calls the running app.
import { OpenAPIClientAxios } from "openapi-client-axios";

const baseURL = process.argv[2];
const definition = await (await fetch(new URL("/openapi/v1.json", baseURL))).json();
// indexes: null sends arrays as the document says (form, explode): type=a&type=b, not type[]=a.
const api = new OpenAPIClientAxios({ definition, axiosConfigDefaults: { baseURL, paramsSerializer: { indexes: null } } });
const client = await api.init();

const all = await client.listEvents({ pageSize: 3 });
const filtered = await client.listEvents({ q: "Derna", type: ["airstrike"], from: "2015-02-16", to: "2015-02-16" });
const one = await client.getEvent({ slug: filtered.data.items[0].slug });
let refused;
try { await client.listEvents({ pageSize: 500 }); } catch (e) { refused = { status: e.response.status, errors: Object.keys(e.response.data.errors) }; }
console.log(JSON.stringify({
  total: all.data.total, pageSize: all.data.items.length,
  filtered: { url: filtered.request.path, total: filtered.data.total, slugs: filtered.data.items.map(e => e.slug) },
  one: { title: one.data.title, type: one.data.type },
  refused,
}));
