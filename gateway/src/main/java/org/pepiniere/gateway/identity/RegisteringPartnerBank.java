package org.pepiniere.gateway.identity;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.pepiniere.contracts.identity.Role;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Staff register the partner banks of their own incubator, list them and read one. Nobody else sees them: a
 * bank of another incubator is unknown here, as if it did not exist.
 */
public class RegisteringPartnerBank {

    public static final int MAX_LISTED = 200;

    private final PartnerBanks banks;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public RegisteringPartnerBank(PartnerBanks banks, Clock clock, Supplier<UUID> ids) {
        this.banks = banks;
        this.clock = clock;
        this.ids = ids;
    }

    public sealed interface Outcome {

        record Registered(PartnerBank bank) implements Outcome {
        }

        record Invalid(List<InvalidField> problems) implements Outcome {
        }

        record Refused(Refusal refusal) implements Outcome {
        }
    }

    public Mono<Outcome> register(CreatingUser.Requester requester, PartnerBankForm form) {
        if (!isStaff(requester)) {
            return Mono.just(new Outcome.Refused(Refusal.BANKS_STAFF_ONLY));
        }
        var checked = form.check(new IncubatorId(requester.incubatorId()), clock.instant());
        if (checked instanceof PartnerBankForm.Checked.Invalid invalid) {
            return Mono.just(new Outcome.Invalid(invalid.problems()));
        }
        var bank = ((PartnerBankForm.Checked.Valid) checked).bank();
        return banks.add(bank, bank.registered(ids.get()))
                .<Outcome>map(Outcome.Registered::new)
                .defaultIfEmpty(new Outcome.Refused(Refusal.PARTNER_BANK_TAKEN));
    }

    /** Empty for anyone but staff: the caller answers 403 after asking {@link #mayRead}. */
    public Flux<PartnerBank> list(CreatingUser.Requester requester) {
        return isStaff(requester) ? banks.ofIncubator(new IncubatorId(requester.incubatorId()), MAX_LISTED) : Flux.empty();
    }

    /** The bank of the requester's incubator with that id; empty when there is none, or the id is not a slug. */
    public Mono<PartnerBank> find(CreatingUser.Requester requester, String id) {
        if (!isStaff(requester) || !OrganisationId.isValid(id)) {
            return Mono.empty();
        }
        return banks.find(new IncubatorId(requester.incubatorId()), new OrganisationId(id));
    }

    public boolean mayRead(CreatingUser.Requester requester) {
        return isStaff(requester);
    }

    private static boolean isStaff(CreatingUser.Requester requester) {
        return requester.roles().contains(Role.STAFF);
    }
}
