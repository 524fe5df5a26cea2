/**
 * Consent: a founder chooses, per registered partner bank of their incubator, whether that bank may learn their
 * start-up's name and the amount sought. The partner banks are learnt from the gateway's PartnerBankRegistered
 * events; {@link org.pepiniere.applications.consent.Consents#grantedBanks} tells the decisions which banks may
 * receive those fields.
 */
@NullMarked
package org.pepiniere.applications.consent;

import org.jspecify.annotations.NullMarked;
