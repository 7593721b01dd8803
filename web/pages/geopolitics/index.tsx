/**
 * Geopolitics per country (issue 7): one world map, three layers computed from the store, each with a
 * legend that says what every colour means, a table view, downloads and its source line. The layer, the
 * day and the event kind live in the URL.
 */
import { updateQuery, useLocation } from "../../state/location.js";
import { PageHeader } from "../page-header.js";
import { EventsLayer } from "./events-layer.js";
import { GroupsLayer } from "./groups-layer.js";
import { HostedLayer } from "./hosted-layer.js";
import { useMessages } from "../../i18n/lang.js";
import { CATALOGUE, type GeoMessageKey } from "./messages.js";

const LAYERS = ["hosted", "groups", "events"] as const;
type Layer = (typeof LAYERS)[number];

export default function GeopoliticsPage() {
  const { t: g } = useMessages(CATALOGUE);
  const { query } = useLocation();
  const requested = query.get("layer");
  const layer: Layer = (LAYERS as readonly string[]).includes(requested ?? "") ? (requested as Layer) : "hosted";
  return (
    <>
      <PageHeader title={g("title")} intro={g("intro")} />
      <form className="controls" aria-label={g("layer")} onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{g("layer")}</legend>
          {LAYERS.map((candidate) => (
            <label key={candidate} className="check">
              <input
                type="radio"
                name="layer"
                value={candidate}
                checked={layer === candidate}
                onChange={() =>
                  updateQuery({ layer: candidate === "hosted" ? null : candidate, day: null, kind: null, year: null })
                }
              />
              {g(`layer.${candidate}` as GeoMessageKey)}
            </label>
          ))}
        </fieldset>
      </form>
      <div className="charts">
        {layer === "hosted" ? <HostedLayer /> : layer === "groups" ? <GroupsLayer /> : <EventsLayer />}
      </div>
    </>
  );
}
