/* polku-agreement.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-store-workshop.h"

G_BEGIN_DECLS

#define POLKU_TYPE_AGREEMENT (polku_agreement_get_type ())

G_DECLARE_FINAL_TYPE (PolkuAgreement, polku_agreement, POLKU, AGREEMENT, GObject)

PolkuAgreement             *polku_agreement_new               (PolkuStore                 *store,
                                                               const PolkuAgreementRecord *record);
PolkuAgreement             *polku_agreement_load              (PolkuStore  *store,
                                                               gint64       id,
                                                               GError     **error);
gboolean                    polku_agreement_refresh           (PolkuAgreement  *self,
                                                               GError         **error);
PolkuStore                 *polku_agreement_get_store         (PolkuAgreement *self);
const PolkuAgreementRecord *polku_agreement_get_record        (PolkuAgreement *self);
gint64                      polku_agreement_get_id            (PolkuAgreement *self);
PolkuAgreementKind          polku_agreement_get_kind          (PolkuAgreement *self);
gint64                      polku_agreement_get_provider_id   (PolkuAgreement *self);
const char                 *polku_agreement_get_provider_name (PolkuAgreement *self);
gint64                      polku_agreement_get_workshop_id   (PolkuAgreement *self);
const char                 *polku_agreement_get_workshop_name (PolkuAgreement *self);
const char                 *polku_agreement_get_title         (PolkuAgreement *self);
const char                 *polku_agreement_get_signed_on     (PolkuAgreement *self);
const char                 *polku_agreement_get_valid_from    (PolkuAgreement *self);
const char                 *polku_agreement_get_valid_to      (PolkuAgreement *self);
const char                 *polku_agreement_get_document      (PolkuAgreement *self);
const char                 *polku_agreement_get_notes         (PolkuAgreement *self);
gboolean                    polku_agreement_get_archived      (PolkuAgreement *self);
const char                 *polku_agreement_get_created_at    (PolkuAgreement *self);
const char                 *polku_agreement_get_updated_at    (PolkuAgreement *self);
gboolean                    polku_agreement_set_kind          (PolkuAgreement      *self,
                                                               PolkuAgreementKind   kind,
                                                               GError             **error);
gboolean                    polku_agreement_set_provider_id   (PolkuAgreement  *self,
                                                               gint64           provider_id,
                                                               GError         **error);
gboolean                    polku_agreement_set_workshop_id   (PolkuAgreement  *self,
                                                               gint64           workshop_id,
                                                               GError         **error);
gboolean                    polku_agreement_set_title         (PolkuAgreement  *self,
                                                               const char      *title,
                                                               GError         **error);
gboolean                    polku_agreement_set_signed_on     (PolkuAgreement  *self,
                                                               const char      *signed_on,
                                                               GError         **error);
gboolean                    polku_agreement_set_valid_from    (PolkuAgreement  *self,
                                                               const char      *valid_from,
                                                               GError         **error);
gboolean                    polku_agreement_set_valid_to      (PolkuAgreement  *self,
                                                               const char      *valid_to,
                                                               GError         **error);
gboolean                    polku_agreement_set_document      (PolkuAgreement  *self,
                                                               const char      *document,
                                                               GError         **error);
gboolean                    polku_agreement_set_notes         (PolkuAgreement  *self,
                                                               const char      *notes,
                                                               GError         **error);
gboolean                    polku_agreement_set_archived      (PolkuAgreement  *self,
                                                               gboolean         archived,
                                                               GError         **error);

const GPtrArray *polku_agreement_get_perusteet      (PolkuAgreement  *self);
char            *polku_agreement_dup_perusteet_text (PolkuAgreement  *self);
gboolean         polku_agreement_set_perusteet      (PolkuAgreement  *self,
                                                     const gint64    *peruste_ids,
                                                     guint            n_peruste_ids,
                                                     GError         **error);
const char      *polku_agreement_get_kind_label     (PolkuAgreement  *self);
PolkuExpiryState polku_agreement_get_expiry_state   (PolkuAgreement  *self);
int              polku_agreement_get_days_left      (PolkuAgreement  *self);
void             polku_agreement_set_today          (PolkuAgreement  *self,
                                                     const GDate     *today,
                                                     guint            warn_days);

G_END_DECLS
