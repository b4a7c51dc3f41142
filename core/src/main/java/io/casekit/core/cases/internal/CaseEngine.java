package io.casekit.core.cases.internal;

import static java.util.Objects.requireNonNull;

import io.casekit.core.cases.AccessDeniedException;
import io.casekit.core.cases.CommandValidationException;
import io.casekit.core.cases.IllegalTransitionException;
import io.casekit.core.cases.AddComment;
import io.casekit.core.cases.Approval;
import io.casekit.core.cases.Approve;
import io.casekit.core.cases.Assign;
import io.casekit.core.cases.Cancel;
import io.casekit.core.cases.CaseCommand;
import io.casekit.core.cases.CaseMergedException;
import io.casekit.core.cases.Link;
import io.casekit.core.cases.Merge;
import io.casekit.core.cases.Unlink;
import io.casekit.core.cases.Unmerge;
import io.casekit.core.cases.CaseNotFoundException;
import io.casekit.core.cases.CaseService;
import io.casekit.core.cases.ChangeCaseType;
import io.casekit.core.cases.ChangeDescription;
import io.casekit.core.cases.ChangePriority;
import io.casekit.core.cases.ChangeStatus;
import io.casekit.core.cases.ChangeTitle;
import io.casekit.core.cases.Close;
import io.casekit.core.cases.Escalate;
import io.casekit.core.cases.MoveStage;
import io.casekit.core.cases.OpenCase;
import io.casekit.core.cases.RefuseApproval;
import io.casekit.core.cases.Reopen;
import io.casekit.core.cases.RequestApproval;
import io.casekit.core.cases.Resolve;
import io.casekit.core.cases.SetCustomField;
import io.casekit.core.workflow.Action;
import io.casekit.core.workflow.WorkflowDefinition;
import io.casekit.core.attachments.AttachmentPolicy;
import io.casekit.spi.event.CaseEvent;
import io.casekit.spi.event.CaseOpened;
import io.casekit.spi.event.CommentAdded;
import io.casekit.spi.identity.Actor;
import io.casekit.spi.identity.IdentityProvider;
import io.casekit.spi.model.ActorKind;
import io.casekit.spi.model.Case;
import io.casekit.spi.model.CaseId;
import io.casekit.spi.model.CaseLink;
import io.casekit.spi.model.LinkKind;
import io.casekit.spi.store.CaseCommit;
import io.casekit.spi.model.Visibility;
import io.casekit.spi.CasekitException;
import io.casekit.spi.store.CaseStore;
import io.casekit.spi.outbox.Outbox;
import io.casekit.spi.store.ConcurrentCaseUpdateException;
import io.casekit.spi.query.CaseFilter;
import io.casekit.spi.query.CasePage;
import io.casekit.spi.query.CaseQueries;
import io.casekit.spi.query.CaseQuery;
import io.casekit.spi.query.CountDimension;
import io.casekit.spi.timer.ClaimedTimer;
import io.casekit.spi.timer.Timer;
import io.casekit.spi.timer.TimerStore;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs case commands: validate, identify, load, apply the definition's rules, commit. Stateless
 * apart from its collaborators; thread-safe.
 */
public final class CaseEngine implements CaseService {

    private static final Logger LOG = LoggerFactory.getLogger(CaseEngine.class);

    private static final Actor SYSTEM = Actor.system("system", "Casekit").language(Locale.ENGLISH).build();

    private final CaseStore store;
    private final IdentityProvider identity;
    private final Clock clock;
    private final Definitions definitions;
    private final CommandValidator validator;
    private final Opening opening;
    private final Edits edits;
    private final Moves moves;
    private final Approvals approvals;
    private final Conversation conversation;
    private final Slas slas;
    private final Notifications notifications;
    private final RecentCases recent;
    private final CaseLists lists;
    private final Linking linking;
    private final ParentClosing parentClosing;
    private final FollowUps followUps;

    /**
     * @param recentCases how many recently committed cases to keep, so that a command on one of them
     *     need not read it first (0: always read)
     */
    public CaseEngine(CaseStore store, IdentityProvider identity, Clock clock, Definitions definitions, RandomGenerator random,
            int recentCases, AttachmentPolicy attachmentPolicy) {
        this.validator = new CommandValidator(attachmentPolicy);
        this.store = requireNonNull(store, "store");
        this.identity = requireNonNull(identity, "identity");
        this.clock = requireNonNull(clock, "clock");
        this.definitions = requireNonNull(definitions, "definitions");
        this.slas = new Slas(identity);
        this.notifications = new Notifications(identity, store.outbox().isPresent());
        this.moves = new Moves(store);
        this.approvals = new Approvals(store, identity, moves);
        this.opening = new Opening(store, identity, definitions, random, slas, notifications, approvals);
        this.edits = new Edits(identity);
        this.conversation = new Conversation(identity, moves);
        this.recent = new RecentCases(recentCases);
        this.linking = new Linking(store, definitions);
        this.parentClosing = new ParentClosing(store, definitions);
        this.followUps = new FollowUps(opening);
        this.lists = new CaseLists(store.queries(), definitions);
    }

    @Override
    public Case execute(String actorId, CaseCommand command) {
        requireNonNull(actorId, "actorId");
        requireNonNull(command, "command");
        validator.check(command);
        return run(actor(actorId), command);
    }

    @Override
    public Case executeAsSystem(CaseCommand command) {
        requireNonNull(command, "command");
        validator.check(command);
        return run(SYSTEM, command);
    }

    private Case run(Actor actor, CaseCommand command) {
        Instant now = now();
        if (command instanceof OpenCase open) {
            return remember(opening.open(actor, open, now));
        }
        if (command instanceof CaseCommand.OnCases multi) {
            return commitPlan(actor, plan(actor, multi, now));
        }
        CaseCommand.OnCase onCase = (CaseCommand.OnCase) command;
        Optional<Case> cached = recent.get(onCase.caseId()).filter(c -> canSee(actor, c));
        if (cached.isPresent()) {
            // Fast path: run on the state this instance committed last. Only a commit can make it
            // final, and the store's version check proves the state was current. Anything else (a
            // refusal, a no-op, a conflict) may come from a stale state, so it is decided again
            // below on the stored state; nothing was written in those cases.
            try {
                Optional<Case> committed = attempt(actor, onCase, cached.get(), now);
                if (committed.isPresent()) {
                    return committed.get();
                }
            } catch (ConcurrentCaseUpdateException | CommandValidationException | IllegalTransitionException
                    | AccessDeniedException | CaseMergedException e) {
                recent.forget(onCase.caseId());
            }
        }
        Case current = visible(actor, onCase.caseId());
        return attempt(actor, onCase, current, now).orElse(current);
    }

    /**
     * Applies the command to {@code base} and commits it.
     *
     * @return the committed state, or empty if the command changes nothing
     */
    private Optional<Case> attempt(Actor actor, CaseCommand.OnCase command, Case base, Instant now) {
        Optional<CaseLink> merged = base.mergedInto();
        if (merged.isPresent()) {
            // A merged case is read-only; a comment on it (a late reply) lands on the case it is merged into.
            if (command instanceof AddComment comment) {
                Case target = visible(actor, merged.get().other());
                return attempt(actor, new AddComment(target.id(), comment.body(), comment.visibility(), comment.attachments(), comment.format()), target, now);
            }
            throw new CaseMergedException(base.number(), merged.get().other());
        }
        WorkflowDefinition definition = definitions.of(base.definition());
        if (command instanceof AddComment comment && FollowUps.applies(actor, base, definition, comment)) {
            return Optional.of(commitPlan(actor, followUps.open(actor, comment, base, definition, now)));
        }
        Context ctx = new Context(actor, definition, new Change(base, actor.ref(), now), command.getClass().getSimpleName());
        apply(ctx, command);
        if (ctx.change().isEmpty()) {
            return Optional.empty();
        }
        List<Context> children = parentClosing.childrenOf(ctx);
        if (!children.isEmpty()) {
            List<Context> all = new ArrayList<>(children.size() + 1);
            all.add(ctx);
            all.addAll(children);
            return Optional.of(commitPlan(actor, Plan.of(all, base.id())));
        }
        complete(ctx, actor);
        store.commit(ctx.change().commit());
        return Optional.of(remember(ctx.change().state()));
    }

    private Plan plan(Actor actor, CaseCommand.OnCases command, Instant now) {
        Linking.Cases cases = this::visible;
        if (command instanceof Merge c) {
            return Plan.of(linking.merge(actor, c, cases, now), c.targetId());
        } else if (command instanceof Unmerge c) {
            return Plan.of(linking.unmerge(actor, c, cases, now), c.sourceId());
        } else if (command instanceof Link c) {
            return Plan.of(linking.link(actor, c, cases, now), c.caseId());
        } else if (command instanceof Unlink c) {
            return Plan.of(linking.unlink(actor, c, cases, now), c.caseId());
        }
        throw new AssertionError("unhandled command " + command);
    }

    /**
     * Completes the changes of several cases (SLA clocks, notifications) and commits them in one
     * atomic commit.
     *
     * @return the plan's result case, as committed (or as it is, if the plan changes nothing)
     */
    private Case commitPlan(Actor actor, Plan plan) {
        List<Case> states = commitTogether(actor, plan.created().stream().toList(), plan.updates());
        return states.stream().filter(c -> c.id().equals(plan.result())).findFirst()
                .orElseThrow(() -> new IllegalStateException("the plan does not change its result case " + plan.result()));
    }

    /**
     * Completes the changes of {@code updates} (SLA clocks, notifications) and commits them with the
     * {@code complete} ones (already completed) in one atomic commit.
     *
     * @return every case's state after the commit (as it is, for an update that changes nothing)
     */
    private List<Case> commitTogether(Actor actor, List<Change> complete, List<Context> updates) {
        List<CaseCommit> commits = new ArrayList<>();
        List<Case> committed = new ArrayList<>();
        List<Case> unchanged = new ArrayList<>();
        for (Change change : complete) {
            commits.add(change.commit());
            committed.add(change.state());
        }
        for (Context ctx : updates) {
            if (ctx.change().isEmpty()) {
                unchanged.add(ctx.current());
                continue;
            }
            complete(ctx, actor);
            commits.add(ctx.change().commit());
            committed.add(ctx.change().state());
        }
        if (!commits.isEmpty()) {
            store.commitAll(commits);
        }
        committed.forEach(this::remember);
        committed.addAll(unchanged);
        return committed;
    }

    /** Adds what follows from a command's change before it is committed: SLA clocks, notifications. */
    private void complete(Context ctx, Actor actor) {
        slas.afterChange(ctx.definition(), ctx.change());
        notifications.addTo(ctx.definition(), ctx.change(), actor);
    }

    private Case remember(Case committed) {
        recent.put(committed);
        return committed;
    }

    private void apply(Context ctx, CaseCommand.OnCase command) {
        if (command instanceof ChangeTitle c) {
            edits.title(ctx, c);
        } else if (command instanceof ChangeDescription c) {
            edits.description(ctx, c);
        } else if (command instanceof ChangePriority c) {
            edits.priority(ctx, c);
        } else if (command instanceof ChangeCaseType c) {
            edits.caseType(ctx, c);
        } else if (command instanceof SetCustomField c) {
            edits.customField(ctx, c);
        } else if (command instanceof ChangeStatus c) {
            moves.status(ctx, c.statusReason(), c.comment());
        } else if (command instanceof Resolve c) {
            moves.action(ctx, Action.RESOLVE, c.comment());
        } else if (command instanceof Close c) {
            moves.action(ctx, Action.CLOSE, c.comment());
        } else if (command instanceof Cancel c) {
            moves.action(ctx, Action.CANCEL, c.comment());
        } else if (command instanceof Reopen c) {
            moves.action(ctx, Action.REOPEN, c.comment());
        } else if (command instanceof MoveStage c) {
            c.fields().forEach((field, value) -> edits.customField(ctx, new SetCustomField(c.caseId(), field, value)));
            moves.stage(ctx, c);
        } else if (command instanceof AddComment c) {
            conversation.comment(ctx, c);
        } else if (command instanceof Assign c) {
            conversation.assign(ctx, c);
        } else if (command instanceof Escalate c) {
            Escalation.escalate(ctx, c);
        } else if (command instanceof RequestApproval c) {
            approvals.request(ctx, c);
        } else if (command instanceof Approve c) {
            approvals.approve(ctx, c);
        } else if (command instanceof RefuseApproval c) {
            approvals.refuse(ctx, c);
        } else {
            throw new AssertionError("unhandled command " + command);
        }
    }

    /**
     * Fires a claimed timer as the system: an ordinary operation on its case (events, version
     * check). A stale timer (rescheduled, cancelled, or its case moved on) records nothing.
     *
     * @return whether the timer changed its case
     * @throws io.casekit.spi.store.ConcurrentCaseUpdateException if the case changed meanwhile (retry)
     */
    public boolean fire(TimerStore timers, ClaimedTimer claimed) {
        Timer timer = claimed.timer();
        boolean current = timers.find(timer.key()).map(t -> t.token().equals(timer.token())).orElse(false);
        Optional<Case> found = store.find(timer.key().caseId());
        if (!current || found.isEmpty()) {
            return false;
        }
        Case c = found.get();
        WorkflowDefinition definition = definitions.of(c.definition());
        Context ctx = new Context(SYSTEM, definition, new Change(c, SYSTEM.ref(), now()), "Timer " + timer.key().name());
        try {
            slas.fire(definition, ctx.change(), timer.key().name(), moves, ctx);
        } catch (ConcurrentCaseUpdateException e) {
            throw e;
        } catch (CasekitException e) {
            // The definition does not let the system do what the timer asks (e.g. no SYSTEM transition
            // to the feedback window's closing status): nothing to retry, the timer is done.
            LOG.warn("timer {} of case {} cannot act: {}", timer.key().name(), c.number(), e.getMessage());
            return false;
        }
        if (ctx.change().isEmpty()) {
            return false;
        }
        List<Context> children;
        try {
            children = parentClosing.childrenOf(ctx);
        } catch (IllegalTransitionException e) {
            // The definition blocks closing a parent with open children: the timer is done, the desk closes it later.
            LOG.warn("timer {} of case {} cannot act: {}", timer.key().name(), c.number(), e.getMessage());
            return false;
        }
        notifications.addTo(definition, ctx.change(), SYSTEM);
        if (children.isEmpty()) {
            store.commit(ctx.change().commit());
            remember(ctx.change().state());
        } else {
            commitTogether(SYSTEM, List.of(ctx.change()), children);
        }
        return true;
    }

    @Override
    public Case get(String actorId, CaseId id) {
        return visible(actor(actorId), requireNonNull(id, "id"));
    }

    @Override
    public Case getByNumber(String actorId, String number) {
        Actor actor = actor(actorId);
        return store.findByNumber(requireNonNull(number, "number"))
                .filter(c -> canSee(actor, c))
                .orElseThrow(() -> new CaseNotFoundException(number));
    }

    @Override
    public List<CaseEvent> timeline(String actorId, CaseId id) {
        Actor actor = actor(actorId);
        Case c = visible(actor, id);
        List<CaseEvent> events = withMergedComments(c, store.events(id));
        if (actor.kind() != ActorKind.CONTACT) {
            return events;
        }
        return events.stream()
                .filter(e -> !(e instanceof CommentAdded comment && comment.visibility() == Visibility.INTERNAL))
                .toList();
    }

    /**
     * The case's timeline with the openings (description and files) and comments of the cases merged
     * into it, in time order (on equal times, the case's own events first, then the sources' in the
     * order they were merged). A source's event keeps its header: its case id says where it was
     * written.
     */
    private List<CaseEvent> withMergedComments(Case c, List<CaseEvent> events) {
        List<CaseId> sources = c.linked(LinkKind.MERGED_FROM);
        if (sources.isEmpty()) {
            return events;
        }
        List<CaseEvent> all = new ArrayList<>(events);
        for (CaseId source : sources) {
            store.events(source).stream().filter(e -> e instanceof CommentAdded || e instanceof CaseOpened).forEach(all::add);
        }
        all.sort(Comparator.comparing(e -> e.header().at())); // stable
        return List.copyOf(all);
    }

    @Override
    public List<Approval> approvals(String actorId, CaseId id) {
        visible(actor(actorId), requireNonNull(id, "id"));
        return ApprovalLedger.of(store.events(id), Optional.empty()).approvals();
    }

    @Override
    public CasePage search(String actorId, CaseQuery query) {
        return lists.search(actor(actorId), requireNonNull(query, "query"));
    }

    @Override
    public SortedMap<String, Long> count(String actorId, CaseFilter filter, CountDimension dimension) {
        return lists.count(actor(actorId), requireNonNull(filter, "filter"), requireNonNull(dimension, "dimension"));
    }

    @Override
    public CaseFilter viewFilter(String actorId, String viewCode) {
        return lists.viewFilter(actor(actorId), requireNonNull(viewCode, "viewCode"));
    }

    private Actor actor(String actorId) {
        return identity.findActor(actorId)
                .orElseThrow(() -> new AccessDeniedException(actorId, "unknown actor"));
    }

    private Case visible(Actor actor, CaseId id) {
        Optional<Case> found = store.find(id).filter(c -> canSee(actor, c));
        return found.orElseThrow(() -> new CaseNotFoundException(id.value()));
    }

    /** A contact sees its own customer's cases only; agents and the system see every case. */
    private static boolean canSee(Actor actor, Case c) {
        return actor.kind() != ActorKind.CONTACT || actor.customerId().equals(Optional.of(c.customerId()));
    }

    /** Stores keep microseconds; so does the engine, so that a reloaded case equals the one returned. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
