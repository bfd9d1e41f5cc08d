/* polku-agreement-list.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "polku-agreement.h"

G_BEGIN_DECLS

#define POLKU_TYPE_AGREEMENT_LIST (polku_agreement_list_get_type ())

G_DECLARE_FINAL_TYPE (PolkuAgreementList, polku_agreement_list, POLKU, AGREEMENT_LIST, GObject)

PolkuAgreementList *polku_agreement_list_new               (PolkuStore *store);
PolkuStore         *polku_agreement_list_get_store         (PolkuAgreementList *self);
gint64              polku_agreement_list_get_provider_id   (PolkuAgreementList *self);
void                polku_agreement_list_set_provider_id   (PolkuAgreementList *self,
                                                            gint64              provider_id);
gboolean            polku_agreement_list_get_show_archived (PolkuAgreementList *self);
void                polku_agreement_list_set_show_archived (PolkuAgreementList *self,
                                                            gboolean            show_archived);
gboolean            polku_agreement_list_get_flagged_only  (PolkuAgreementList *self);
void                polku_agreement_list_set_flagged_only  (PolkuAgreementList *self,
                                                            gboolean            flagged_only);
const char         *polku_agreement_list_get_today         (PolkuAgreementList *self);
void                polku_agreement_list_set_today         (PolkuAgreementList *self,
                                                            const char         *today);
guint               polku_agreement_list_get_warn_days     (PolkuAgreementList *self);
void                polku_agreement_list_set_warn_days     (PolkuAgreementList *self,
                                                            guint               warn_days);
gboolean            polku_agreement_list_reload            (PolkuAgreementList  *self,
                                                            GError             **error);
PolkuAgreement     *polku_agreement_list_find              (PolkuAgreementList *self,
                                                            gint64              id);
PolkuAgreement     *polku_agreement_list_add               (PolkuAgreementList  *self,
                                                            PolkuAgreementKind   kind,
                                                            const char          *title,
                                                            gint64               provider_id,
                                                            GError             **error);
gboolean            polku_agreement_list_delete            (PolkuAgreementList  *self,
                                                            PolkuAgreement      *agreement,
                                                            GError             **error);
guint               polku_agreement_list_get_n_flagged     (PolkuAgreementList *self);

G_END_DECLS
