/*
 * Copyright 2026 the Casekit authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.casekit.examples.portal.cases;

import io.casekit.core.Casekit;
import io.casekit.core.cases.CaseService;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.examples.portal.PortalSettings;
import io.casekit.examples.portal.signin.PortalUser;
import io.casekit.export.CaseExport;
import io.casekit.export.ExportFormat;
import io.casekit.export.ExportRequest;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.CaseState;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The contact's home page with the dashboard of guide 001 (open cases per priority and per status),
 * the case lists of the definition's views, and their export to Excel and CSV.
 */
@Controller
public class CaseListController {

    private final Casekit casekit;
    private final CaseExport export;
    private final PortalSettings settings;

    /**
     * @param casekit the cases
     * @param identity the names of customers and people in exports
     * @param settings the portal's time zone, for exports
     */
    public CaseListController(Casekit casekit, IdentityProvider identity, PortalSettings settings) {
        this.casekit = casekit;
        this.export = CaseExport.builder(casekit).identity(identity).build();
        this.settings = settings;
    }

    /**
     * @param user the signed-in person
     * @param model the page's model
     * @return the dashboard, or the desk's queue for an agent
     */
    @GetMapping("/")
    public String home(@AuthenticationPrincipal PortalUser user, Model model) {
        if (user.isAgent()) {
            return "redirect:/desk";
        }
        CaseService cases = casekit.cases();
        CaseFilter open = CaseFilter.builder().states(CaseState.OPEN).build();
        model.addAttribute("definition", definitionOf(user));
        model.addAttribute("byPriority", cases.count(user.actorId(), open, CountDimension.PRIORITY));
        model.addAttribute("byStatus", cases.count(user.actorId(), open, CountDimension.STATUS_REASON));
        model.addAttribute("recent", cases.search(user.actorId(), CaseQuery.firstPage(CaseFilter.ALL).withPageSize(5)).cases());
        return "cases/home";
    }

    /**
     * @param user the signed-in person
     * @param params the list's view, scope, search, sort and page
     * @param model the page's model
     * @return the list page
     */
    @GetMapping("/cases")
    public String list(@AuthenticationPrincipal PortalUser user, @ModelAttribute("params") ListParams params, Model model) {
        CasePage page = casekit.cases().search(user.actorId(), params.query(casekit.cases(), user.actorId()));
        model.addAttribute("definition", definitionOf(user));
        model.addAttribute("page", page);
        return "cases/list";
    }

    /**
     * Streams the whole list (every page) as an Excel or CSV file, with the user's labels and times.
     *
     * @param user the signed-in person
     * @param params the list
     * @param format {@code xlsx} or {@code csv}
     * @param response where the file goes
     * @throws IOException if the browser goes away
     */
    @GetMapping("/cases/export")
    public void export(@AuthenticationPrincipal PortalUser user, @ModelAttribute("params") ListParams params,
            @RequestParam String format, HttpServletResponse response) throws IOException {
        ExportFormat fileFormat = ExportFormat.valueOf(format.toUpperCase(Locale.ROOT));
        ExportRequest request = ExportRequest.builder()
                .actor(user.actorId())
                .format(fileFormat)
                .query(params.query(casekit.cases(), user.actorId()))
                .locale(LocaleContextHolder.getLocale())
                .zone(settings.zone())
                .build();
        response.setContentType(fileFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("cases." + fileFormat.fileExtension()).build().toString());
        export.write(request, response.getOutputStream());
    }

    private WorkflowDefinition definitionOf(PortalUser user) {
        return casekit.definitionForNewCase(user.customerId().orElseThrow());
    }
}
