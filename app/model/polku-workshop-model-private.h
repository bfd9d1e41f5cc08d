/* polku-workshop-model-private.h: what the workshop lists call on their items.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "polku-agreement.h"
#include "polku-contact.h"
#include "polku-provider.h"
#include "polku-task.h"
#include "polku-workshop.h"

G_BEGIN_DECLS

/* Switch the object to a newer copy of its row, notifying what changed. */
void _polku_workshop_update  (PolkuWorkshop              *self,
                              const PolkuWorkshopRecord  *record);
void _polku_contact_update   (PolkuContact               *self,
                              const PolkuContactRecord   *record);
void _polku_task_update      (PolkuTask                  *self,
                              const PolkuTaskRecord      *record);
void _polku_provider_update  (PolkuProvider              *self,
                              const PolkuProviderRecord  *record);
void _polku_agreement_update (PolkuAgreement             *self,
                              const PolkuAgreementRecord *record);

G_END_DECLS
