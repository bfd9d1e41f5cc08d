/* polku-agreement-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "polku-agreement.h"
#include "polku-context.h"

G_BEGIN_DECLS

#define POLKU_TYPE_AGREEMENT_EDITOR (polku_agreement_editor_get_type ())

G_DECLARE_FINAL_TYPE (PolkuAgreementEditor, polku_agreement_editor, POLKU, AGREEMENT_EDITOR, GtkWidget)

GtkWidget      *polku_agreement_editor_new           (void);
void            polku_agreement_editor_set_agreement (PolkuAgreementEditor *self,
                                                      PolkuContext         *context,
                                                      PolkuAgreement       *agreement,
                                                      GListModel           *providers);
PolkuAgreement *polku_agreement_editor_get_agreement (PolkuAgreementEditor *self);
void            polku_agreement_editor_focus_title   (PolkuAgreementEditor *self);

G_END_DECLS
