package dev.ferry.ospfd.runtime;

import dev.ferry.lib.cli.Cli;
import dev.ferry.lib.cli.CommandContext;
import dev.ferry.lib.cli.Node;
import dev.ferry.lib.json.JsonWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * ospfd's show commands, as FRR 8.4 prints them (text and `json`). Each command picks the instances the way FRR
 * does: the default VRF's without `vrf`, one VRF's, or every one with `vrf all`; with `vrf` the text starts with
 * "VRF Name: X" and the JSON nests each instance under its VRF's name. No instance at all prints
 * "% OSPF instance not found" (an empty object in JSON).
 */
public final class OspfShowCommands {
    private static final String HEAD = "show ip ospf [vrf <NAME$vrf_name|all$vrf_all>] ";
    private static final String HEAD_HELP = "Show running system information\nIP information\nOSPF information\n"
            + "Specify the VRF\nThe VRF name\nAll VRFs\n";
    private static final String JSON_HELP = "JavaScript Object Notation\n";
    private static final String NOT_FOUND = "% OSPF instance not found\n";

    /** One command's output for one instance, in both forms. */
    private interface Renderer {
        String text(OspfRouter router);

        void json(JsonWriter w, OspfRouter router);
    }

    private OspfShowCommands() {
    }

    public static void install(Cli cli, OspfService service) {
        cli.install(Node.VIEW, HEAD + "[json$json]", HEAD_HELP + JSON_HELP, ctx -> {
            // FRR prints nothing at all while no instance exists (listcount(om->ospf) == 0)
            if (!service.routers().isEmpty()) {
                show(ctx, service, new Renderer() {
                    @Override
            public String text(OspfRouter r) {
                        return ShowOspf.text(ShowOspf.of(r));
                    }

                    @Override
            public void json(JsonWriter w, OspfRouter r) {
                        ShowOspf.json(w, ShowOspf.of(r));
                    }
                });
            }
        });
        cli.install(Node.VIEW, HEAD + "interface [IFNAME$ifname] [json$json]",
                HEAD_HELP + "Interface information\nInterface name\n" + JSON_HELP,
                ctx -> show(ctx, service, interfaces(ctx.arg("ifname"))));
        cli.install(Node.VIEW, HEAD + "neighbor [detail$detail] [json$json]",
                HEAD_HELP + "Neighbor list\ndetail of all neighbors\n" + JSON_HELP,
                ctx -> show(ctx, service, ctx.has("detail") ? neighborDetail() : neighbors()));
        cli.install(Node.VIEW, HEAD + "database [<asbr-summary|external|network|router|summary>$type] [json$json]",
                HEAD_HELP + "Database summary\nASBR summary link states\nExternal link states\n"
                        + "Network link states\nRouter link states\nNetwork summary link states\n" + JSON_HELP,
                ctx -> show(ctx, service, database(ShowDatabase.type(ctx.arg("type")))));
        cli.install(Node.VIEW, HEAD + "route [json$json]", HEAD_HELP + "OSPF routing table\n" + JSON_HELP,
                ctx -> routes(ctx, service));
    }

    /** The instances a command names, by VRF; empty if the named one does not run. */
    private static List<Map.Entry<String, OspfRouter>> instances(CommandContext ctx, OspfService service) {
        List<Map.Entry<String, OspfRouter>> out = new ArrayList<>();
        if (ctx.has("vrf_all")) {
            out.addAll(service.routers().entrySet());
            return out;
        }
        String vrf = ctx.arg("vrf_name", "default");
        OspfRouter r = service.routers().get(vrf);
        if (r != null) {
            out.add(Map.entry(vrf, r));
        }
        return out;
    }

    private static boolean useVrf(CommandContext ctx) {
        return ctx.has("vrf_all") || ctx.has("vrf_name");
    }

    private static void show(CommandContext ctx, OspfService service, Renderer renderer) {
        List<Map.Entry<String, OspfRouter>> routers = instances(ctx, service);
        boolean useVrf = useVrf(ctx);
        if (ctx.has("json")) {
            JsonWriter w = new JsonWriter().beginObject();
            for (Map.Entry<String, OspfRouter> e : routers) {
                if (useVrf) {
                    w.name(e.getKey()).beginObject();
                    vrfJson(w, e.getKey(), service);
                }
                renderer.json(w, e.getValue());
                if (useVrf) {
                    w.endObject();
                }
            }
            ctx.print(w.endObject().toString());
            return;
        }
        if (routers.isEmpty()) {
            ctx.print(NOT_FOUND);
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, OspfRouter> e : routers) {
            if (useVrf) {
                sb.append("VRF Name: ").append(e.getKey()).append('\n');
            }
            sb.append(renderer.text(e.getValue()));
        }
        ctx.print(sb.toString());
    }

    /** ospf_show_vrf_name: the VRF's name and id (0 for the default, else the VRF device's ifindex). */
    private static void vrfJson(JsonWriter w, String vrf, OspfService service) {
        w.field("vrfName", vrf);
        long id = service.vrfId(vrf);
        if (id >= 0) {
            w.field("vrfId", id);
        }
    }

    private static Renderer interfaces(String name) {
        return new Renderer() {
            @Override
            public String text(OspfRouter r) {
                List<Link> links = ShowInterfaces.ordered(r, name);
                if (name != null && links.isEmpty()) {
                    return "No such interface name\n\n";
                }
                List<ShowInterfaces.View> views = new ArrayList<>();
                for (Link l : links) {
                    views.add(ShowInterfaces.of(l, ShowInterfaces.port(l)));
                }
                return ShowInterfaces.text(views) + "\n";
            }

            @Override
            public void json(JsonWriter w, OspfRouter r) {
                List<Link> links = ShowInterfaces.ordered(r, name);
                if (name != null && links.isEmpty()) {
                    w.field("noSuchIface", true);
                    return;
                }
                // FRR fills one object per interface name: with several addresses the last one's values stay
                Map<String, Link> byName = new LinkedHashMap<>();
                links.forEach(l -> byName.put(l.name, l));
                w.name("interfaces").beginObject();
                byName.forEach((ifname, l) -> {
                    w.name(ifname).beginObject();
                    ShowInterfaces.json(w, ShowInterfaces.of(l, ShowInterfaces.port(l)));
                    w.endObject();
                });
                w.endObject();
            }
        };
    }

    private static Renderer neighbors() {
        return new Renderer() {
            @Override
            public String text(OspfRouter r) {
                return ShowNeighbors.text(r);
            }

            @Override
            public void json(JsonWriter w, OspfRouter r) {
                ShowNeighbors.json(w, r);
            }
        };
    }

    private static Renderer neighborDetail() {
        return new Renderer() {
            @Override
            public String text(OspfRouter r) {
                return ShowNeighborDetail.text(ShowNeighborDetail.all(r));
            }

            @Override
            public void json(JsonWriter w, OspfRouter r) {
                ShowNeighborDetail.json(w, ShowNeighborDetail.all(r));
            }
        };
    }

    private static Renderer database(int type) {
        return new Renderer() {
            @Override
            public String text(OspfRouter r) {
                String id = ShowFormat.ip(r.routerId());
                if (type == 0) {
                    return ShowDatabase.summaryText(id, ShowDatabase.areas(r), ShowDatabase.external(r));
                }
                return ShowDatabase.detailText(id, type, ShowDatabase.areas(r), ShowDatabase.external(r),
                        adv -> adv == r.routerId());
            }

            @Override
            public void json(JsonWriter w, OspfRouter r) {
                String id = ShowFormat.ip(r.routerId());
                if (type == 0) {
                    ShowDatabase.summaryJson(w, id, ShowDatabase.areas(r), ShowDatabase.external(r));
                } else {
                    ShowDatabase.detailJson(w, id, type, ShowDatabase.areas(r), ShowDatabase.external(r),
                            adv -> adv == r.routerId());
                }
            }
        };
    }

    /** `show ip ospf route`: its JSON is json-c's compact form, unlike the other commands (FRR 8.4). */
    private static void routes(CommandContext ctx, OspfService service) {
        List<Map.Entry<String, OspfRouter>> routers = instances(ctx, service);
        boolean useVrf = useVrf(ctx);
        if (ctx.has("json")) {
            if (routers.isEmpty() && !ctx.has("vrf_all")) {
                ctx.print("{\n}\n");
                return;
            }
            ShowCompactJson w = new ShowCompactJson().beginObject();
            for (Map.Entry<String, OspfRouter> e : routers) {
                if (useVrf) {
                    w.name(e.getKey()).beginObject().field("vrfName", e.getKey());
                    long id = service.vrfId(e.getKey());
                    if (id >= 0) {
                        w.field("vrfId", id);
                    }
                }
                ShowRoutes.json(w, ShowRoutes.of(e.getValue()));
                if (useVrf) {
                    w.endObject();
                }
            }
            ctx.print(w.endObject().toString());
            return;
        }
        if (routers.isEmpty()) {
            ctx.print(NOT_FOUND);
            return;
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, OspfRouter> e : routers) {
            if (useVrf) {
                sb.append("VRF Name: ").append(e.getKey()).append('\n');
            }
            sb.append(ShowRoutes.text(ShowRoutes.of(e.getValue())));
        }
        ctx.print(sb.toString());
    }
}
