/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A filter on APIToken objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ApiTokenWhereInput = {
  and?: Array<ApiTokenWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** expires_at field predicates */
  expiresAt?: string | null | undefined;
  expiresAtGT?: string | null | undefined;
  expiresAtGTE?: string | null | undefined;
  expiresAtIn?: Array<string> | null | undefined;
  expiresAtIsNil?: boolean | null | undefined;
  expiresAtLT?: string | null | undefined;
  expiresAtLTE?: string | null | undefined;
  expiresAtNEQ?: string | null | undefined;
  expiresAtNotIn?: Array<string> | null | undefined;
  expiresAtNotNil?: boolean | null | undefined;
  /** user edge predicates */
  hasUser?: boolean | null | undefined;
  hasUserWith?: Array<UserWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** last_used_at field predicates */
  lastUsedAt?: string | null | undefined;
  lastUsedAtGT?: string | null | undefined;
  lastUsedAtGTE?: string | null | undefined;
  lastUsedAtIn?: Array<string> | null | undefined;
  lastUsedAtIsNil?: boolean | null | undefined;
  lastUsedAtLT?: string | null | undefined;
  lastUsedAtLTE?: string | null | undefined;
  lastUsedAtNEQ?: string | null | undefined;
  lastUsedAtNotIn?: Array<string> | null | undefined;
  lastUsedAtNotNil?: boolean | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: ApiTokenWhereInput | null | undefined;
  or?: Array<ApiTokenWhereInput> | null | undefined;
  /** prefix field predicates */
  prefix?: string | null | undefined;
  prefixContains?: string | null | undefined;
  prefixContainsFold?: string | null | undefined;
  prefixEqualFold?: string | null | undefined;
  prefixGT?: string | null | undefined;
  prefixGTE?: string | null | undefined;
  prefixHasPrefix?: string | null | undefined;
  prefixHasSuffix?: string | null | undefined;
  prefixIn?: Array<string> | null | undefined;
  prefixLT?: string | null | undefined;
  prefixLTE?: string | null | undefined;
  prefixNEQ?: string | null | undefined;
  prefixNotIn?: Array<string> | null | undefined;
  /** revoked_at field predicates */
  revokedAt?: string | null | undefined;
  revokedAtGT?: string | null | undefined;
  revokedAtGTE?: string | null | undefined;
  revokedAtIn?: Array<string> | null | undefined;
  revokedAtIsNil?: boolean | null | undefined;
  revokedAtLT?: string | null | undefined;
  revokedAtLTE?: string | null | undefined;
  revokedAtNEQ?: string | null | undefined;
  revokedAtNotIn?: Array<string> | null | undefined;
  revokedAtNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** user_id field predicates */
  userID?: string | null | undefined;
  userIDContains?: string | null | undefined;
  userIDContainsFold?: string | null | undefined;
  userIDEqualFold?: string | null | undefined;
  userIDGT?: string | null | undefined;
  userIDGTE?: string | null | undefined;
  userIDHasPrefix?: string | null | undefined;
  userIDHasSuffix?: string | null | undefined;
  userIDIn?: Array<string> | null | undefined;
  userIDLT?: string | null | undefined;
  userIDLTE?: string | null | undefined;
  userIDNEQ?: string | null | undefined;
  userIDNotIn?: Array<string> | null | undefined;
};

/** Values of AccessRequest.actKind. Kind of the act appointing the requester to the role. */
export type AccessRequestActKind =
  /** Another act (an order of service, a letter of assignment). */
  | 'ALTRO'
  /** A decree of appointment (*decreto di nomina*), e.g. of the mayor or of a director. */
  | 'DECRETO_NOMINA'
  /** A resolution (*delibera*) of the council or of the executive. */
  | 'DELIBERA'
  /** A directorial decision (*determinazione dirigenziale*). */
  | 'DETERMINA';

/** Values of AccessRequest.role. The role asked for; its scope is in aggregationID, bodyID and regionBodyID as for a role assignment. */
export type AccessRequestRole =
  /** A first-level auditor of the Region in regionBodyID. */
  | 'AUDITOR'
  /** The lead's project staff for the aggregation in aggregationID, or of a new aggregation to form (proposal). */
  | 'LEAD_MANAGER'
  /** The officer of the member body in bodyID within the aggregation in aggregationID. */
  | 'MEMBER_REFERENT'
  /** An officer of the Region in regionBodyID. */
  | 'REGION_OFFICER';

/** Values of AccessRequest.status. Lifecycle: PENDING → APPROVED | REFUSED | WITHDRAWN; every outcome is final. */
export type AccessRequestStatus =
  /** Approved: the role was granted. */
  | 'APPROVED'
  /** Waiting for a decision. */
  | 'PENDING'
  /** Refused (see reason); final. */
  | 'REFUSED'
  /** Withdrawn by the requester before a decision; final. */
  | 'WITHDRAWN';

/** A body joining an aggregation, with its council resolution. */
export type AggregationMemberInput = {
  /** The member body. */
  bodyID: string;
  /** Day the body joined. */
  joinedOn?: string | null | undefined;
  /** Date of the resolution. */
  resolutionDate?: string | null | undefined;
  /** Number of the council resolution (*delibera*) approving the membership. */
  resolutionNumber?: string | null | undefined;
  /** Organ that adopted the resolution. */
  resolutionOrgan?: MembershipResolutionOrgan | null | undefined;
};

/** A filter on Aggregation objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type AggregationWhereInput = {
  and?: Array<AggregationWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** description field predicates */
  description?: string | null | undefined;
  descriptionContains?: string | null | undefined;
  descriptionContainsFold?: string | null | undefined;
  descriptionEqualFold?: string | null | undefined;
  descriptionGT?: string | null | undefined;
  descriptionGTE?: string | null | undefined;
  descriptionHasPrefix?: string | null | undefined;
  descriptionHasSuffix?: string | null | undefined;
  descriptionIn?: Array<string> | null | undefined;
  descriptionIsNil?: boolean | null | undefined;
  descriptionLT?: string | null | undefined;
  descriptionLTE?: string | null | undefined;
  descriptionNEQ?: string | null | undefined;
  descriptionNotIn?: Array<string> | null | undefined;
  descriptionNotNil?: boolean | null | undefined;
  /** agreements edge predicates */
  hasAgreements?: boolean | null | undefined;
  hasAgreementsWith?: Array<AgreementWhereInput> | null | undefined;
  /** applications edge predicates */
  hasApplications?: boolean | null | undefined;
  hasApplicationsWith?: Array<ApplicationWhereInput> | null | undefined;
  /** lead edge predicates */
  hasLead?: boolean | null | undefined;
  hasLeadWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** memberships edge predicates */
  hasMemberships?: boolean | null | undefined;
  hasMembershipsWith?: Array<MembershipWhereInput> | null | undefined;
  /** projects edge predicates */
  hasProjects?: boolean | null | undefined;
  hasProjectsWith?: Array<ProjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** lead_id field predicates */
  leadID?: string | null | undefined;
  leadIDContains?: string | null | undefined;
  leadIDContainsFold?: string | null | undefined;
  leadIDEqualFold?: string | null | undefined;
  leadIDGT?: string | null | undefined;
  leadIDGTE?: string | null | undefined;
  leadIDHasPrefix?: string | null | undefined;
  leadIDHasSuffix?: string | null | undefined;
  leadIDIn?: Array<string> | null | undefined;
  leadIDLT?: string | null | undefined;
  leadIDLTE?: string | null | undefined;
  leadIDNEQ?: string | null | undefined;
  leadIDNotIn?: Array<string> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: AggregationWhereInput | null | undefined;
  or?: Array<AggregationWhereInput> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** Values of Agreement.kind. Legal form of the agreement. */
export type AgreementKind =
  /** A *convenzione* between local bodies under art. 30 of the TUEL (D.Lgs. 267/2000). */
  | 'CONVENZIONE_ART30_TUEL'
  /** Another kind of agreement. */
  | 'OTHER'
  /** A partnership agreement (*accordo di partenariato*) among the applicants, as a call may require. */
  | 'PARTNERSHIP_AGREEMENT';

/** A filter on Agreement objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type AgreementWhereInput = {
  /** aggregation_id field predicates */
  aggregationID?: string | null | undefined;
  aggregationIDContains?: string | null | undefined;
  aggregationIDContainsFold?: string | null | undefined;
  aggregationIDEqualFold?: string | null | undefined;
  aggregationIDGT?: string | null | undefined;
  aggregationIDGTE?: string | null | undefined;
  aggregationIDHasPrefix?: string | null | undefined;
  aggregationIDHasSuffix?: string | null | undefined;
  aggregationIDIn?: Array<string> | null | undefined;
  aggregationIDLT?: string | null | undefined;
  aggregationIDLTE?: string | null | undefined;
  aggregationIDNEQ?: string | null | undefined;
  aggregationIDNotIn?: Array<string> | null | undefined;
  and?: Array<AgreementWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** financial_rules field predicates */
  financialRules?: string | null | undefined;
  financialRulesContains?: string | null | undefined;
  financialRulesContainsFold?: string | null | undefined;
  financialRulesEqualFold?: string | null | undefined;
  financialRulesGT?: string | null | undefined;
  financialRulesGTE?: string | null | undefined;
  financialRulesHasPrefix?: string | null | undefined;
  financialRulesHasSuffix?: string | null | undefined;
  financialRulesIn?: Array<string> | null | undefined;
  financialRulesIsNil?: boolean | null | undefined;
  financialRulesLT?: string | null | undefined;
  financialRulesLTE?: string | null | undefined;
  financialRulesNEQ?: string | null | undefined;
  financialRulesNotIn?: Array<string> | null | undefined;
  financialRulesNotNil?: boolean | null | undefined;
  /** aggregation edge predicates */
  hasAggregation?: boolean | null | undefined;
  hasAggregationWith?: Array<AggregationWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** kind field predicates */
  kind?: AgreementKind | null | undefined;
  kindIn?: Array<AgreementKind> | null | undefined;
  kindNEQ?: AgreementKind | null | undefined;
  kindNotIn?: Array<AgreementKind> | null | undefined;
  not?: AgreementWhereInput | null | undefined;
  or?: Array<AgreementWhereInput> | null | undefined;
  /** purpose field predicates */
  purpose?: string | null | undefined;
  purposeContains?: string | null | undefined;
  purposeContainsFold?: string | null | undefined;
  purposeEqualFold?: string | null | undefined;
  purposeGT?: string | null | undefined;
  purposeGTE?: string | null | undefined;
  purposeHasPrefix?: string | null | undefined;
  purposeHasSuffix?: string | null | undefined;
  purposeIn?: Array<string> | null | undefined;
  purposeIsNil?: boolean | null | undefined;
  purposeLT?: string | null | undefined;
  purposeLTE?: string | null | undefined;
  purposeNEQ?: string | null | undefined;
  purposeNotIn?: Array<string> | null | undefined;
  purposeNotNil?: boolean | null | undefined;
  /** signed_on field predicates */
  signedOn?: string | null | undefined;
  signedOnGT?: string | null | undefined;
  signedOnGTE?: string | null | undefined;
  signedOnIn?: Array<string> | null | undefined;
  signedOnIsNil?: boolean | null | undefined;
  signedOnLT?: string | null | undefined;
  signedOnLTE?: string | null | undefined;
  signedOnNEQ?: string | null | undefined;
  signedOnNotIn?: Array<string> | null | undefined;
  signedOnNotNil?: boolean | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** valid_from field predicates */
  validFrom?: string | null | undefined;
  validFromGT?: string | null | undefined;
  validFromGTE?: string | null | undefined;
  validFromIn?: Array<string> | null | undefined;
  validFromIsNil?: boolean | null | undefined;
  validFromLT?: string | null | undefined;
  validFromLTE?: string | null | undefined;
  validFromNEQ?: string | null | undefined;
  validFromNotIn?: Array<string> | null | undefined;
  validFromNotNil?: boolean | null | undefined;
  /** valid_until field predicates */
  validUntil?: string | null | undefined;
  validUntilGT?: string | null | undefined;
  validUntilGTE?: string | null | undefined;
  validUntilIn?: Array<string> | null | undefined;
  validUntilIsNil?: boolean | null | undefined;
  validUntilLT?: string | null | undefined;
  validUntilLTE?: string | null | undefined;
  validUntilNEQ?: string | null | undefined;
  validUntilNotIn?: Array<string> | null | undefined;
  validUntilNotNil?: boolean | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** A filter on Allocation objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type AllocationWhereInput = {
  /** amount_cents field predicates */
  amountCents?: number | null | undefined;
  amountCentsGT?: number | null | undefined;
  amountCentsGTE?: number | null | undefined;
  amountCentsIn?: Array<number> | null | undefined;
  amountCentsLT?: number | null | undefined;
  amountCentsLTE?: number | null | undefined;
  amountCentsNEQ?: number | null | undefined;
  amountCentsNotIn?: Array<number> | null | undefined;
  and?: Array<AllocationWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** expense_category_id field predicates */
  expenseCategoryID?: string | null | undefined;
  expenseCategoryIDContains?: string | null | undefined;
  expenseCategoryIDContainsFold?: string | null | undefined;
  expenseCategoryIDEqualFold?: string | null | undefined;
  expenseCategoryIDGT?: string | null | undefined;
  expenseCategoryIDGTE?: string | null | undefined;
  expenseCategoryIDHasPrefix?: string | null | undefined;
  expenseCategoryIDHasSuffix?: string | null | undefined;
  expenseCategoryIDIn?: Array<string> | null | undefined;
  expenseCategoryIDLT?: string | null | undefined;
  expenseCategoryIDLTE?: string | null | undefined;
  expenseCategoryIDNEQ?: string | null | undefined;
  expenseCategoryIDNotIn?: Array<string> | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** expense_category edge predicates */
  hasExpenseCategory?: boolean | null | undefined;
  hasExpenseCategoryWith?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** intervention_line edge predicates */
  hasInterventionLine?: boolean | null | undefined;
  hasInterventionLineWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** intervention_line_id field predicates */
  interventionLineID?: string | null | undefined;
  interventionLineIDContains?: string | null | undefined;
  interventionLineIDContainsFold?: string | null | undefined;
  interventionLineIDEqualFold?: string | null | undefined;
  interventionLineIDGT?: string | null | undefined;
  interventionLineIDGTE?: string | null | undefined;
  interventionLineIDHasPrefix?: string | null | undefined;
  interventionLineIDHasSuffix?: string | null | undefined;
  interventionLineIDIn?: Array<string> | null | undefined;
  interventionLineIDIsNil?: boolean | null | undefined;
  interventionLineIDLT?: string | null | undefined;
  interventionLineIDLTE?: string | null | undefined;
  interventionLineIDNEQ?: string | null | undefined;
  interventionLineIDNotIn?: Array<string> | null | undefined;
  interventionLineIDNotNil?: boolean | null | undefined;
  not?: AllocationWhereInput | null | undefined;
  or?: Array<AllocationWhereInput> | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** The Region's decision on a submitted application (decideApplication). */
export type ApplicationDecision =
  /** The application meets the call's requirements: it may be funded (fundApplication) or rejected. */
  | 'ADMISSIBLE'
  /** The application does not meet the call's requirements; final. Give the reason. */
  | 'INADMISSIBLE'
  /** Missing items are requested (*soccorso istruttorio*): the lead may change the parts listed in items and submit again. */
  | 'INTEGRATION_REQUESTED'
  /** An admissible application is not funded; final. Give the reason. */
  | 'REJECTED';

/** Values of Application.status. Lifecycle: DRAFT → SUBMITTED → ADMISSIBLE | INADMISSIBLE → FUNDED | REJECTED; INTEGRATION_REQUESTED while the officer awaits missing items; WITHDRAWN before a decision. */
export type ApplicationStatus =
  /** Found admissible by the officer; may be funded. */
  | 'ADMISSIBLE'
  /** Being written by the lead; only the aggregation sees it. */
  | 'DRAFT'
  /** Funded: its project exists (see project); final. */
  | 'FUNDED'
  /** Found inadmissible by the officer (see decisionReason); final. */
  | 'INADMISSIBLE'
  /** The officer asked for missing items (*soccorso istruttorio*): the lead may change the parts listed in integrationItems and submit again. */
  | 'INTEGRATION_REQUESTED'
  /** Admissible but not funded (see decisionReason); final. */
  | 'REJECTED'
  /** Sent to the Region and frozen (its dossier PDF is stored with its fingerprint); awaiting the officer's check. */
  | 'SUBMITTED'
  /** Withdrawn by the lead before a decision; final. */
  | 'WITHDRAWN';

/** A filter on Application objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ApplicationWhereInput = {
  /** aggregation_id field predicates */
  aggregationID?: string | null | undefined;
  aggregationIDContains?: string | null | undefined;
  aggregationIDContainsFold?: string | null | undefined;
  aggregationIDEqualFold?: string | null | undefined;
  aggregationIDGT?: string | null | undefined;
  aggregationIDGTE?: string | null | undefined;
  aggregationIDHasPrefix?: string | null | undefined;
  aggregationIDHasSuffix?: string | null | undefined;
  aggregationIDIn?: Array<string> | null | undefined;
  aggregationIDLT?: string | null | undefined;
  aggregationIDLTE?: string | null | undefined;
  aggregationIDNEQ?: string | null | undefined;
  aggregationIDNotIn?: Array<string> | null | undefined;
  and?: Array<ApplicationWhereInput> | null | undefined;
  /** call_id field predicates */
  callID?: string | null | undefined;
  callIDContains?: string | null | undefined;
  callIDContainsFold?: string | null | undefined;
  callIDEqualFold?: string | null | undefined;
  callIDGT?: string | null | undefined;
  callIDGTE?: string | null | undefined;
  callIDHasPrefix?: string | null | undefined;
  callIDHasSuffix?: string | null | undefined;
  callIDIn?: Array<string> | null | undefined;
  callIDLT?: string | null | undefined;
  callIDLTE?: string | null | undefined;
  callIDNEQ?: string | null | undefined;
  callIDNotIn?: Array<string> | null | undefined;
  /** call_version field predicates */
  callVersion?: number | null | undefined;
  callVersionGT?: number | null | undefined;
  callVersionGTE?: number | null | undefined;
  callVersionIn?: Array<number> | null | undefined;
  callVersionLT?: number | null | undefined;
  callVersionLTE?: number | null | undefined;
  callVersionNEQ?: number | null | undefined;
  callVersionNotIn?: Array<number> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** decision_reason field predicates */
  decisionReason?: string | null | undefined;
  decisionReasonContains?: string | null | undefined;
  decisionReasonContainsFold?: string | null | undefined;
  decisionReasonEqualFold?: string | null | undefined;
  decisionReasonGT?: string | null | undefined;
  decisionReasonGTE?: string | null | undefined;
  decisionReasonHasPrefix?: string | null | undefined;
  decisionReasonHasSuffix?: string | null | undefined;
  decisionReasonIn?: Array<string> | null | undefined;
  decisionReasonIsNil?: boolean | null | undefined;
  decisionReasonLT?: string | null | undefined;
  decisionReasonLTE?: string | null | undefined;
  decisionReasonNEQ?: string | null | undefined;
  decisionReasonNotIn?: Array<string> | null | undefined;
  decisionReasonNotNil?: boolean | null | undefined;
  /** aggregation edge predicates */
  hasAggregation?: boolean | null | undefined;
  hasAggregationWith?: Array<AggregationWhereInput> | null | undefined;
  /** budget_lines edge predicates */
  hasBudgetLines?: boolean | null | undefined;
  hasBudgetLinesWith?: Array<BudgetLineWhereInput> | null | undefined;
  /** call edge predicates */
  hasCall?: boolean | null | undefined;
  hasCallWith?: Array<CallWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** intervention_lines edge predicates */
  hasInterventionLines?: boolean | null | undefined;
  hasInterventionLinesWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** integration_due_on field predicates */
  integrationDueOn?: string | null | undefined;
  integrationDueOnGT?: string | null | undefined;
  integrationDueOnGTE?: string | null | undefined;
  integrationDueOnIn?: Array<string> | null | undefined;
  integrationDueOnIsNil?: boolean | null | undefined;
  integrationDueOnLT?: string | null | undefined;
  integrationDueOnLTE?: string | null | undefined;
  integrationDueOnNEQ?: string | null | undefined;
  integrationDueOnNotIn?: Array<string> | null | undefined;
  integrationDueOnNotNil?: boolean | null | undefined;
  not?: ApplicationWhereInput | null | undefined;
  or?: Array<ApplicationWhereInput> | null | undefined;
  /** protocol_number field predicates */
  protocolNumber?: string | null | undefined;
  protocolNumberContains?: string | null | undefined;
  protocolNumberContainsFold?: string | null | undefined;
  protocolNumberEqualFold?: string | null | undefined;
  protocolNumberGT?: string | null | undefined;
  protocolNumberGTE?: string | null | undefined;
  protocolNumberHasPrefix?: string | null | undefined;
  protocolNumberHasSuffix?: string | null | undefined;
  protocolNumberIn?: Array<string> | null | undefined;
  protocolNumberIsNil?: boolean | null | undefined;
  protocolNumberLT?: string | null | undefined;
  protocolNumberLTE?: string | null | undefined;
  protocolNumberNEQ?: string | null | undefined;
  protocolNumberNotIn?: Array<string> | null | undefined;
  protocolNumberNotNil?: boolean | null | undefined;
  /** status field predicates */
  status?: ApplicationStatus | null | undefined;
  statusIn?: Array<ApplicationStatus> | null | undefined;
  statusNEQ?: ApplicationStatus | null | undefined;
  statusNotIn?: Array<ApplicationStatus> | null | undefined;
  /** submitted_at field predicates */
  submittedAt?: string | null | undefined;
  submittedAtGT?: string | null | undefined;
  submittedAtGTE?: string | null | undefined;
  submittedAtIn?: Array<string> | null | undefined;
  submittedAtIsNil?: boolean | null | undefined;
  submittedAtLT?: string | null | undefined;
  submittedAtLTE?: string | null | undefined;
  submittedAtNEQ?: string | null | undefined;
  submittedAtNotIn?: Array<string> | null | undefined;
  submittedAtNotNil?: boolean | null | undefined;
  /** summary field predicates */
  summary?: string | null | undefined;
  summaryContains?: string | null | undefined;
  summaryContainsFold?: string | null | undefined;
  summaryEqualFold?: string | null | undefined;
  summaryGT?: string | null | undefined;
  summaryGTE?: string | null | undefined;
  summaryHasPrefix?: string | null | undefined;
  summaryHasSuffix?: string | null | undefined;
  summaryIn?: Array<string> | null | undefined;
  summaryIsNil?: boolean | null | undefined;
  summaryLT?: string | null | undefined;
  summaryLTE?: string | null | undefined;
  summaryNEQ?: string | null | undefined;
  summaryNotIn?: Array<string> | null | undefined;
  summaryNotNil?: boolean | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** The outcome of a lot's procedure. */
export type AwardLotInput = {
  /** Awarded amount, net of VAT. */
  awardCents: number;
  /** Date of the award. */
  awardedOn: string;
  /** Operators that submitted a bid; the winner must be one of them. */
  bidderIDs?: Array<string> | null | undefined;
  /** Operators invited (negotiated procedures). */
  invitedIDs?: Array<string> | null | undefined;
  /** The winner. */
  vendorID: string;
};

/** One cell of a budget grid; amount 0 removes the line. */
export type BudgetLineInput = {
  /** Amount requested; 0 removes the line. */
  amountCents: number;
  /** The member body the money is for. */
  bodyID: string;
  /** The expense category, one of the call's. */
  expenseCategoryID: string;
  /** The intervention line, one of the call's. */
  interventionLineID: string;
  /** Free note, e.g. what the amount buys (at most 500 characters). */
  note?: string | null | undefined;
  /** The version of the line as read (BudgetLine.version), 0 for a cell that had no line: if the line changed, appeared or went away since, the whole save is a CONFLICT. Omit to overwrite. */
  version?: number | null | undefined;
  /** Project year (1, 2, …); 0 for the whole period. */
  year?: number | null | undefined;
};

/** A filter on BudgetLine objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type BudgetLineWhereInput = {
  /** amount_cents field predicates */
  amountCents?: number | null | undefined;
  amountCentsGT?: number | null | undefined;
  amountCentsGTE?: number | null | undefined;
  amountCentsIn?: Array<number> | null | undefined;
  amountCentsLT?: number | null | undefined;
  amountCentsLTE?: number | null | undefined;
  amountCentsNEQ?: number | null | undefined;
  amountCentsNotIn?: Array<number> | null | undefined;
  and?: Array<BudgetLineWhereInput> | null | undefined;
  /** application_id field predicates */
  applicationID?: string | null | undefined;
  applicationIDContains?: string | null | undefined;
  applicationIDContainsFold?: string | null | undefined;
  applicationIDEqualFold?: string | null | undefined;
  applicationIDGT?: string | null | undefined;
  applicationIDGTE?: string | null | undefined;
  applicationIDHasPrefix?: string | null | undefined;
  applicationIDHasSuffix?: string | null | undefined;
  applicationIDIn?: Array<string> | null | undefined;
  applicationIDLT?: string | null | undefined;
  applicationIDLTE?: string | null | undefined;
  applicationIDNEQ?: string | null | undefined;
  applicationIDNotIn?: Array<string> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** expense_category_id field predicates */
  expenseCategoryID?: string | null | undefined;
  expenseCategoryIDContains?: string | null | undefined;
  expenseCategoryIDContainsFold?: string | null | undefined;
  expenseCategoryIDEqualFold?: string | null | undefined;
  expenseCategoryIDGT?: string | null | undefined;
  expenseCategoryIDGTE?: string | null | undefined;
  expenseCategoryIDHasPrefix?: string | null | undefined;
  expenseCategoryIDHasSuffix?: string | null | undefined;
  expenseCategoryIDIn?: Array<string> | null | undefined;
  expenseCategoryIDLT?: string | null | undefined;
  expenseCategoryIDLTE?: string | null | undefined;
  expenseCategoryIDNEQ?: string | null | undefined;
  expenseCategoryIDNotIn?: Array<string> | null | undefined;
  /** application edge predicates */
  hasApplication?: boolean | null | undefined;
  hasApplicationWith?: Array<ApplicationWhereInput> | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** expense_category edge predicates */
  hasExpenseCategory?: boolean | null | undefined;
  hasExpenseCategoryWith?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** intervention_line edge predicates */
  hasInterventionLine?: boolean | null | undefined;
  hasInterventionLineWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** intervention_line_id field predicates */
  interventionLineID?: string | null | undefined;
  interventionLineIDContains?: string | null | undefined;
  interventionLineIDContainsFold?: string | null | undefined;
  interventionLineIDEqualFold?: string | null | undefined;
  interventionLineIDGT?: string | null | undefined;
  interventionLineIDGTE?: string | null | undefined;
  interventionLineIDHasPrefix?: string | null | undefined;
  interventionLineIDHasSuffix?: string | null | undefined;
  interventionLineIDIn?: Array<string> | null | undefined;
  interventionLineIDLT?: string | null | undefined;
  interventionLineIDLTE?: string | null | undefined;
  interventionLineIDNEQ?: string | null | undefined;
  interventionLineIDNotIn?: Array<string> | null | undefined;
  not?: BudgetLineWhereInput | null | undefined;
  /** note field predicates */
  note?: string | null | undefined;
  noteContains?: string | null | undefined;
  noteContainsFold?: string | null | undefined;
  noteEqualFold?: string | null | undefined;
  noteGT?: string | null | undefined;
  noteGTE?: string | null | undefined;
  noteHasPrefix?: string | null | undefined;
  noteHasSuffix?: string | null | undefined;
  noteIn?: Array<string> | null | undefined;
  noteIsNil?: boolean | null | undefined;
  noteLT?: string | null | undefined;
  noteLTE?: string | null | undefined;
  noteNEQ?: string | null | undefined;
  noteNotIn?: Array<string> | null | undefined;
  noteNotNil?: boolean | null | undefined;
  or?: Array<BudgetLineWhereInput> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
  /** year field predicates */
  year?: number | null | undefined;
  yearGT?: number | null | undefined;
  yearGTE?: number | null | undefined;
  yearIn?: Array<number> | null | undefined;
  yearLT?: number | null | undefined;
  yearLTE?: number | null | undefined;
  yearNEQ?: number | null | undefined;
  yearNotIn?: Array<number> | null | undefined;
};

/** A filter on CalendarFeed objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type CalendarFeedWhereInput = {
  and?: Array<CalendarFeedWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** user edge predicates */
  hasUser?: boolean | null | undefined;
  hasUserWith?: Array<UserWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** last_used_at field predicates */
  lastUsedAt?: string | null | undefined;
  lastUsedAtGT?: string | null | undefined;
  lastUsedAtGTE?: string | null | undefined;
  lastUsedAtIn?: Array<string> | null | undefined;
  lastUsedAtIsNil?: boolean | null | undefined;
  lastUsedAtLT?: string | null | undefined;
  lastUsedAtLTE?: string | null | undefined;
  lastUsedAtNEQ?: string | null | undefined;
  lastUsedAtNotIn?: Array<string> | null | undefined;
  lastUsedAtNotNil?: boolean | null | undefined;
  not?: CalendarFeedWhereInput | null | undefined;
  or?: Array<CalendarFeedWhereInput> | null | undefined;
  /** prefix field predicates */
  prefix?: string | null | undefined;
  prefixContains?: string | null | undefined;
  prefixContainsFold?: string | null | undefined;
  prefixEqualFold?: string | null | undefined;
  prefixGT?: string | null | undefined;
  prefixGTE?: string | null | undefined;
  prefixHasPrefix?: string | null | undefined;
  prefixHasSuffix?: string | null | undefined;
  prefixIn?: Array<string> | null | undefined;
  prefixLT?: string | null | undefined;
  prefixLTE?: string | null | undefined;
  prefixNEQ?: string | null | undefined;
  prefixNotIn?: Array<string> | null | undefined;
  /** revoked_at field predicates */
  revokedAt?: string | null | undefined;
  revokedAtGT?: string | null | undefined;
  revokedAtGTE?: string | null | undefined;
  revokedAtIn?: Array<string> | null | undefined;
  revokedAtIsNil?: boolean | null | undefined;
  revokedAtLT?: string | null | undefined;
  revokedAtLTE?: string | null | undefined;
  revokedAtNEQ?: string | null | undefined;
  revokedAtNotIn?: Array<string> | null | undefined;
  revokedAtNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** user_id field predicates */
  userID?: string | null | undefined;
  userIDContains?: string | null | undefined;
  userIDContainsFold?: string | null | undefined;
  userIDEqualFold?: string | null | undefined;
  userIDGT?: string | null | undefined;
  userIDGTE?: string | null | undefined;
  userIDHasPrefix?: string | null | undefined;
  userIDHasSuffix?: string | null | undefined;
  userIDIn?: Array<string> | null | undefined;
  userIDLT?: string | null | undefined;
  userIDLTE?: string | null | undefined;
  userIDNEQ?: string | null | undefined;
  userIDNotIn?: Array<string> | null | undefined;
};

/** Values of Call.fund. Source of the money. */
export type CallFund =
  /** European Regional Development Fund (*Fondo europeo di sviluppo regionale*), through the Region's programme. */
  | 'FESR'
  /** The national development and cohesion fund (*Fondo per lo sviluppo e la coesione*). */
  | 'FSC'
  /** European Social Fund Plus (FSE+). */
  | 'FSE_PLUS'
  /** Another source. */
  | 'OTHER'
  /** The national recovery and resilience plan (*Piano nazionale di ripresa e resilienza*). */
  | 'PNRR'
  /** The Region's own budget. */
  | 'REGIONAL';

/** Values of Call.regime. How the funded costs are recognised. */
export type CallRegime =
  /** Refund of costs actually paid and audited: the members claim invoices and payments. */
  | 'COST_BASED'
  /** Payment on verified targets instead of paid invoices (simplified cost options). Recorded only: claims and disbursements work as for COST_BASED. */
  | 'LUMP_SUM';

/** Values of Call.status. Lifecycle: DRAFT → PUBLISHED → CLOSED → ARCHIVED. */
export type CallStatus =
  /** Closed and put away; final. */
  | 'ARCHIVED'
  /** No longer accepts applications. */
  | 'CLOSED'
  /** Being prepared: only the issuing Region's officers and auditors see it. */
  | 'DRAFT'
  /** Visible to every signed-in user; applications are accepted between opensAt and closesAt. Its rules change only by a correction (*rettifica*), which makes a new version. */
  | 'PUBLISHED';

/** A filter on Call objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type CallWhereInput = {
  /** advance_bp field predicates */
  advanceBp?: number | null | undefined;
  advanceBpGT?: number | null | undefined;
  advanceBpGTE?: number | null | undefined;
  advanceBpIn?: Array<number> | null | undefined;
  advanceBpLT?: number | null | undefined;
  advanceBpLTE?: number | null | undefined;
  advanceBpNEQ?: number | null | undefined;
  advanceBpNotIn?: Array<number> | null | undefined;
  and?: Array<CallWhereInput> | null | undefined;
  /** balance_bp field predicates */
  balanceBp?: number | null | undefined;
  balanceBpGT?: number | null | undefined;
  balanceBpGTE?: number | null | undefined;
  balanceBpIn?: Array<number> | null | undefined;
  balanceBpLT?: number | null | undefined;
  balanceBpLTE?: number | null | undefined;
  balanceBpNEQ?: number | null | undefined;
  balanceBpNotIn?: Array<number> | null | undefined;
  /** cap_per_member_cents field predicates */
  capPerMemberCents?: number | null | undefined;
  capPerMemberCentsGT?: number | null | undefined;
  capPerMemberCentsGTE?: number | null | undefined;
  capPerMemberCentsIn?: Array<number> | null | undefined;
  capPerMemberCentsIsNil?: boolean | null | undefined;
  capPerMemberCentsLT?: number | null | undefined;
  capPerMemberCentsLTE?: number | null | undefined;
  capPerMemberCentsNEQ?: number | null | undefined;
  capPerMemberCentsNotIn?: Array<number> | null | undefined;
  capPerMemberCentsNotNil?: boolean | null | undefined;
  /** cap_per_project_cents field predicates */
  capPerProjectCents?: number | null | undefined;
  capPerProjectCentsGT?: number | null | undefined;
  capPerProjectCentsGTE?: number | null | undefined;
  capPerProjectCentsIn?: Array<number> | null | undefined;
  capPerProjectCentsIsNil?: boolean | null | undefined;
  capPerProjectCentsLT?: number | null | undefined;
  capPerProjectCentsLTE?: number | null | undefined;
  capPerProjectCentsNEQ?: number | null | undefined;
  capPerProjectCentsNotIn?: Array<number> | null | undefined;
  capPerProjectCentsNotNil?: boolean | null | undefined;
  /** closes_at field predicates */
  closesAt?: string | null | undefined;
  closesAtGT?: string | null | undefined;
  closesAtGTE?: string | null | undefined;
  closesAtIn?: Array<string> | null | undefined;
  closesAtIsNil?: boolean | null | undefined;
  closesAtLT?: string | null | undefined;
  closesAtLTE?: string | null | undefined;
  closesAtNEQ?: string | null | undefined;
  closesAtNotIn?: Array<string> | null | undefined;
  closesAtNotNil?: boolean | null | undefined;
  /** cofinancing_rate_bp field predicates */
  cofinancingRateBp?: number | null | undefined;
  cofinancingRateBpGT?: number | null | undefined;
  cofinancingRateBpGTE?: number | null | undefined;
  cofinancingRateBpIn?: Array<number> | null | undefined;
  cofinancingRateBpLT?: number | null | undefined;
  cofinancingRateBpLTE?: number | null | undefined;
  cofinancingRateBpNEQ?: number | null | undefined;
  cofinancingRateBpNotIn?: Array<number> | null | undefined;
  /** contract_deadline_months field predicates */
  contractDeadlineMonths?: number | null | undefined;
  contractDeadlineMonthsGT?: number | null | undefined;
  contractDeadlineMonthsGTE?: number | null | undefined;
  contractDeadlineMonthsIn?: Array<number> | null | undefined;
  contractDeadlineMonthsIsNil?: boolean | null | undefined;
  contractDeadlineMonthsLT?: number | null | undefined;
  contractDeadlineMonthsLTE?: number | null | undefined;
  contractDeadlineMonthsNEQ?: number | null | undefined;
  contractDeadlineMonthsNotIn?: Array<number> | null | undefined;
  contractDeadlineMonthsNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** cup_deadline_days field predicates */
  cupDeadlineDays?: number | null | undefined;
  cupDeadlineDaysGT?: number | null | undefined;
  cupDeadlineDaysGTE?: number | null | undefined;
  cupDeadlineDaysIn?: Array<number> | null | undefined;
  cupDeadlineDaysIsNil?: boolean | null | undefined;
  cupDeadlineDaysLT?: number | null | undefined;
  cupDeadlineDaysLTE?: number | null | undefined;
  cupDeadlineDaysNEQ?: number | null | undefined;
  cupDeadlineDaysNotIn?: Array<number> | null | undefined;
  cupDeadlineDaysNotNil?: boolean | null | undefined;
  /** decision_days field predicates */
  decisionDays?: number | null | undefined;
  decisionDaysGT?: number | null | undefined;
  decisionDaysGTE?: number | null | undefined;
  decisionDaysIn?: Array<number> | null | undefined;
  decisionDaysIsNil?: boolean | null | undefined;
  decisionDaysLT?: number | null | undefined;
  decisionDaysLTE?: number | null | undefined;
  decisionDaysNEQ?: number | null | undefined;
  decisionDaysNotIn?: Array<number> | null | undefined;
  decisionDaysNotNil?: boolean | null | undefined;
  /** description field predicates */
  description?: string | null | undefined;
  descriptionContains?: string | null | undefined;
  descriptionContainsFold?: string | null | undefined;
  descriptionEqualFold?: string | null | undefined;
  descriptionGT?: string | null | undefined;
  descriptionGTE?: string | null | undefined;
  descriptionHasPrefix?: string | null | undefined;
  descriptionHasSuffix?: string | null | undefined;
  descriptionIn?: Array<string> | null | undefined;
  descriptionIsNil?: boolean | null | undefined;
  descriptionLT?: string | null | undefined;
  descriptionLTE?: string | null | undefined;
  descriptionNEQ?: string | null | undefined;
  descriptionNotIn?: Array<string> | null | undefined;
  descriptionNotNil?: boolean | null | undefined;
  /** duration_months field predicates */
  durationMonths?: number | null | undefined;
  durationMonthsGT?: number | null | undefined;
  durationMonthsGTE?: number | null | undefined;
  durationMonthsIn?: Array<number> | null | undefined;
  durationMonthsIsNil?: boolean | null | undefined;
  durationMonthsLT?: number | null | undefined;
  durationMonthsLTE?: number | null | undefined;
  durationMonthsNEQ?: number | null | undefined;
  durationMonthsNotIn?: Array<number> | null | undefined;
  durationMonthsNotNil?: boolean | null | undefined;
  /** eligible_from field predicates */
  eligibleFrom?: string | null | undefined;
  eligibleFromGT?: string | null | undefined;
  eligibleFromGTE?: string | null | undefined;
  eligibleFromIn?: Array<string> | null | undefined;
  eligibleFromIsNil?: boolean | null | undefined;
  eligibleFromLT?: string | null | undefined;
  eligibleFromLTE?: string | null | undefined;
  eligibleFromNEQ?: string | null | undefined;
  eligibleFromNotIn?: Array<string> | null | undefined;
  eligibleFromNotNil?: boolean | null | undefined;
  /** eligible_until field predicates */
  eligibleUntil?: string | null | undefined;
  eligibleUntilGT?: string | null | undefined;
  eligibleUntilGTE?: string | null | undefined;
  eligibleUntilIn?: Array<string> | null | undefined;
  eligibleUntilIsNil?: boolean | null | undefined;
  eligibleUntilLT?: string | null | undefined;
  eligibleUntilLTE?: string | null | undefined;
  eligibleUntilNEQ?: string | null | undefined;
  eligibleUntilNotIn?: Array<string> | null | undefined;
  eligibleUntilNotNil?: boolean | null | undefined;
  /** free_move_percent field predicates */
  freeMovePercent?: number | null | undefined;
  freeMovePercentGT?: number | null | undefined;
  freeMovePercentGTE?: number | null | undefined;
  freeMovePercentIn?: Array<number> | null | undefined;
  freeMovePercentLT?: number | null | undefined;
  freeMovePercentLTE?: number | null | undefined;
  freeMovePercentNEQ?: number | null | undefined;
  freeMovePercentNotIn?: Array<number> | null | undefined;
  /** fund field predicates */
  fund?: CallFund | null | undefined;
  fundIn?: Array<CallFund> | null | undefined;
  fundNEQ?: CallFund | null | undefined;
  fundNotIn?: Array<CallFund> | null | undefined;
  /** applications edge predicates */
  hasApplications?: boolean | null | undefined;
  hasApplicationsWith?: Array<ApplicationWhereInput> | null | undefined;
  /** expense_categories edge predicates */
  hasExpenseCategories?: boolean | null | undefined;
  hasExpenseCategoriesWith?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** intervention_lines edge predicates */
  hasInterventionLines?: boolean | null | undefined;
  hasInterventionLinesWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** issuer edge predicates */
  hasIssuer?: boolean | null | undefined;
  hasIssuerWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** integration_days field predicates */
  integrationDays?: number | null | undefined;
  integrationDaysGT?: number | null | undefined;
  integrationDaysGTE?: number | null | undefined;
  integrationDaysIn?: Array<number> | null | undefined;
  integrationDaysIsNil?: boolean | null | undefined;
  integrationDaysLT?: number | null | undefined;
  integrationDaysLTE?: number | null | undefined;
  integrationDaysNEQ?: number | null | undefined;
  integrationDaysNotIn?: Array<number> | null | undefined;
  integrationDaysNotNil?: boolean | null | undefined;
  /** interim_max_bp field predicates */
  interimMaxBp?: number | null | undefined;
  interimMaxBpGT?: number | null | undefined;
  interimMaxBpGTE?: number | null | undefined;
  interimMaxBpIn?: Array<number> | null | undefined;
  interimMaxBpLT?: number | null | undefined;
  interimMaxBpLTE?: number | null | undefined;
  interimMaxBpNEQ?: number | null | undefined;
  interimMaxBpNotIn?: Array<number> | null | undefined;
  /** issuer_id field predicates */
  issuerID?: string | null | undefined;
  issuerIDContains?: string | null | undefined;
  issuerIDContainsFold?: string | null | undefined;
  issuerIDEqualFold?: string | null | undefined;
  issuerIDGT?: string | null | undefined;
  issuerIDGTE?: string | null | undefined;
  issuerIDHasPrefix?: string | null | undefined;
  issuerIDHasSuffix?: string | null | undefined;
  issuerIDIn?: Array<string> | null | undefined;
  issuerIDLT?: string | null | undefined;
  issuerIDLTE?: string | null | undefined;
  issuerIDNEQ?: string | null | undefined;
  issuerIDNotIn?: Array<string> | null | undefined;
  /** max_extension_months field predicates */
  maxExtensionMonths?: number | null | undefined;
  maxExtensionMonthsGT?: number | null | undefined;
  maxExtensionMonthsGTE?: number | null | undefined;
  maxExtensionMonthsIn?: Array<number> | null | undefined;
  maxExtensionMonthsLT?: number | null | undefined;
  maxExtensionMonthsLTE?: number | null | undefined;
  maxExtensionMonthsNEQ?: number | null | undefined;
  maxExtensionMonthsNotIn?: Array<number> | null | undefined;
  /** max_extensions field predicates */
  maxExtensions?: number | null | undefined;
  maxExtensionsGT?: number | null | undefined;
  maxExtensionsGTE?: number | null | undefined;
  maxExtensionsIn?: Array<number> | null | undefined;
  maxExtensionsLT?: number | null | undefined;
  maxExtensionsLTE?: number | null | undefined;
  maxExtensionsNEQ?: number | null | undefined;
  maxExtensionsNotIn?: Array<number> | null | undefined;
  /** max_members field predicates */
  maxMembers?: number | null | undefined;
  maxMembersGT?: number | null | undefined;
  maxMembersGTE?: number | null | undefined;
  maxMembersIn?: Array<number> | null | undefined;
  maxMembersIsNil?: boolean | null | undefined;
  maxMembersLT?: number | null | undefined;
  maxMembersLTE?: number | null | undefined;
  maxMembersNEQ?: number | null | undefined;
  maxMembersNotIn?: Array<number> | null | undefined;
  maxMembersNotNil?: boolean | null | undefined;
  /** min_members field predicates */
  minMembers?: number | null | undefined;
  minMembersGT?: number | null | undefined;
  minMembersGTE?: number | null | undefined;
  minMembersIn?: Array<number> | null | undefined;
  minMembersIsNil?: boolean | null | undefined;
  minMembersLT?: number | null | undefined;
  minMembersLTE?: number | null | undefined;
  minMembersNEQ?: number | null | undefined;
  minMembersNotIn?: Array<number> | null | undefined;
  minMembersNotNil?: boolean | null | undefined;
  /** min_project_cents field predicates */
  minProjectCents?: number | null | undefined;
  minProjectCentsGT?: number | null | undefined;
  minProjectCentsGTE?: number | null | undefined;
  minProjectCentsIn?: Array<number> | null | undefined;
  minProjectCentsIsNil?: boolean | null | undefined;
  minProjectCentsLT?: number | null | undefined;
  minProjectCentsLTE?: number | null | undefined;
  minProjectCentsNEQ?: number | null | undefined;
  minProjectCentsNotIn?: Array<number> | null | undefined;
  minProjectCentsNotNil?: boolean | null | undefined;
  not?: CallWhereInput | null | undefined;
  /** opens_at field predicates */
  opensAt?: string | null | undefined;
  opensAtGT?: string | null | undefined;
  opensAtGTE?: string | null | undefined;
  opensAtIn?: Array<string> | null | undefined;
  opensAtIsNil?: boolean | null | undefined;
  opensAtLT?: string | null | undefined;
  opensAtLTE?: string | null | undefined;
  opensAtNEQ?: string | null | undefined;
  opensAtNotIn?: Array<string> | null | undefined;
  opensAtNotNil?: boolean | null | undefined;
  or?: Array<CallWhereInput> | null | undefined;
  /** population_year field predicates */
  populationYear?: number | null | undefined;
  populationYearGT?: number | null | undefined;
  populationYearGTE?: number | null | undefined;
  populationYearIn?: Array<number> | null | undefined;
  populationYearIsNil?: boolean | null | undefined;
  populationYearLT?: number | null | undefined;
  populationYearLTE?: number | null | undefined;
  populationYearNEQ?: number | null | undefined;
  populationYearNotIn?: Array<number> | null | undefined;
  populationYearNotNil?: boolean | null | undefined;
  /** puc_settings field predicates */
  pucSettings?: string | null | undefined;
  pucSettingsContains?: string | null | undefined;
  pucSettingsContainsFold?: string | null | undefined;
  pucSettingsEqualFold?: string | null | undefined;
  pucSettingsGT?: string | null | undefined;
  pucSettingsGTE?: string | null | undefined;
  pucSettingsHasPrefix?: string | null | undefined;
  pucSettingsHasSuffix?: string | null | undefined;
  pucSettingsIn?: Array<string> | null | undefined;
  pucSettingsIsNil?: boolean | null | undefined;
  pucSettingsLT?: string | null | undefined;
  pucSettingsLTE?: string | null | undefined;
  pucSettingsNEQ?: string | null | undefined;
  pucSettingsNotIn?: Array<string> | null | undefined;
  pucSettingsNotNil?: boolean | null | undefined;
  /** reference field predicates */
  reference?: string | null | undefined;
  referenceContains?: string | null | undefined;
  referenceContainsFold?: string | null | undefined;
  referenceEqualFold?: string | null | undefined;
  referenceGT?: string | null | undefined;
  referenceGTE?: string | null | undefined;
  referenceHasPrefix?: string | null | undefined;
  referenceHasSuffix?: string | null | undefined;
  referenceIn?: Array<string> | null | undefined;
  referenceIsNil?: boolean | null | undefined;
  referenceLT?: string | null | undefined;
  referenceLTE?: string | null | undefined;
  referenceNEQ?: string | null | undefined;
  referenceNotIn?: Array<string> | null | undefined;
  referenceNotNil?: boolean | null | undefined;
  /** regime field predicates */
  regime?: CallRegime | null | undefined;
  regimeIn?: Array<CallRegime> | null | undefined;
  regimeNEQ?: CallRegime | null | undefined;
  regimeNotIn?: Array<CallRegime> | null | undefined;
  /** reporting_every_months field predicates */
  reportingEveryMonths?: number | null | undefined;
  reportingEveryMonthsGT?: number | null | undefined;
  reportingEveryMonthsGTE?: number | null | undefined;
  reportingEveryMonthsIn?: Array<number> | null | undefined;
  reportingEveryMonthsIsNil?: boolean | null | undefined;
  reportingEveryMonthsLT?: number | null | undefined;
  reportingEveryMonthsLTE?: number | null | undefined;
  reportingEveryMonthsNEQ?: number | null | undefined;
  reportingEveryMonthsNotIn?: Array<number> | null | undefined;
  reportingEveryMonthsNotNil?: boolean | null | undefined;
  /** review_days field predicates */
  reviewDays?: number | null | undefined;
  reviewDaysGT?: number | null | undefined;
  reviewDaysGTE?: number | null | undefined;
  reviewDaysIn?: Array<number> | null | undefined;
  reviewDaysIsNil?: boolean | null | undefined;
  reviewDaysLT?: number | null | undefined;
  reviewDaysLTE?: number | null | undefined;
  reviewDaysNEQ?: number | null | undefined;
  reviewDaysNotIn?: Array<number> | null | undefined;
  reviewDaysNotNil?: boolean | null | undefined;
  /** row_version field predicates */
  rowVersion?: number | null | undefined;
  rowVersionGT?: number | null | undefined;
  rowVersionGTE?: number | null | undefined;
  rowVersionIn?: Array<number> | null | undefined;
  rowVersionLT?: number | null | undefined;
  rowVersionLTE?: number | null | undefined;
  rowVersionNEQ?: number | null | undefined;
  rowVersionNotIn?: Array<number> | null | undefined;
  /** status field predicates */
  status?: CallStatus | null | undefined;
  statusIn?: Array<CallStatus> | null | undefined;
  statusNEQ?: CallStatus | null | undefined;
  statusNotIn?: Array<CallStatus> | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** total_budget_cents field predicates */
  totalBudgetCents?: number | null | undefined;
  totalBudgetCentsGT?: number | null | undefined;
  totalBudgetCentsGTE?: number | null | undefined;
  totalBudgetCentsIn?: Array<number> | null | undefined;
  totalBudgetCentsLT?: number | null | undefined;
  totalBudgetCentsLTE?: number | null | undefined;
  totalBudgetCentsNEQ?: number | null | undefined;
  totalBudgetCentsNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** The result of one check. */
export type ChecklistResultInput = {
  /** Key of the check (ChecklistEntry.key). */
  key: string;
  /** The auditor's note; required with KO. */
  note?: string | null | undefined;
  /** OK, KO or NA. */
  result: string;
};

/** Values of ContractModification.basis. Legal basis of the modification (art. 120 D.Lgs. 36/2023, as amended by D.Lgs. 209/2024); it decides the limits checked (docs/DOMAIN.md §3). */
export type ContractModificationBasis =
  /** Art. 120 c. 1 lett. b): additional works, services or supplies not in the initial contract, where changing contractor is impracticable; each increase at most 50% of the initial value (c. 2). */
  | 'ADDITIONAL_SERVICES'
  /** Art. 120 c. 3: a change below both the EU threshold (art. 14) and 10% (services and supplies) or 15% (works) of the initial value, counted on the net sum of the successive changes on this basis. */
  | 'DE_MINIMIS'
  /** Art. 120 c. 9: *quinto d'obbligo*, an increase or decrease of the services up to one fifth of the contract's amount, imposed on the contractor at the initial conditions; increases and decreases each counted together. */
  | 'FIFTH_INCREASE_DECREASE'
  /** Art. 120 c. 1 lett. a) and c. 10: foreseen by clear, precise and unequivocal clauses of the initial tender documents, options included (the *opzione di proroga* too), whatever their value. */
  | 'OPTION_CLAUSE'
  /** Art. 120 c. 11: *proroga tecnica*, in exceptional cases, of an expiring contract only for the time strictly needed to award it anew, at the same or better conditions: a later end date, never a lower amount. */
  | 'TECHNICAL_EXTENSION'
  /** Art. 120 c. 1 lett. c): variant for circumstances the contracting body could not foresee (*variante in corso d'opera*); each increase at most 50% of the initial value (c. 2). */
  | 'UNFORESEEN_CIRCUMSTANCES';

/** Values of ContractModification.status. Lifecycle: PROPOSED → EFFECTIVE | WITHDRAWN. */
export type ContractModificationStatus =
  /** Applied: the contract has the amounts and end date after, its cost re-split; final. */
  | 'EFFECTIVE'
  /** Recorded by the lead; the contract is unchanged until it is applied. */
  | 'PROPOSED'
  /** Withdrawn before it was applied; final. */
  | 'WITHDRAWN';

/** How a contract's cost is split across the procedure's beneficiaries. */
export type ContractSplitInput = {
  /** Expense category the cost is charged to. */
  expenseCategoryID: string;
  /** How to split: in equal parts, by population, or in the amounts of shares. */
  method: ContractSplitMethod;
  /** The amounts, for CUSTOM splits. */
  shares?: Array<CostShareInput> | null | undefined;
};

/** Values of Contract.splitMethod. How the contract's cost was split across the members (costShares); the parts always sum to the whole. */
export type ContractSplitMethod =
  /** In the amounts given for each member. */
  | 'CUSTOM'
  /** In equal parts among the procedure's beneficiaries (largest remainder for the odd cents). */
  | 'EQUAL'
  /** In proportion to the beneficiaries' resident population of populationYear (largest remainder). */
  | 'POPULATION';

/** Values of Contract.status. Lifecycle: ACTIVE → EXECUTED (conformity verified) → CLOSED; TERMINATED. */
export type ContractStatus =
  /** Being executed (*in esecuzione*); its cost counts as committed. */
  | 'ACTIVE'
  /** Closed; final. */
  | 'CLOSED'
  /** Executed, conformity verified (*eseguito*). */
  | 'EXECUTED'
  /** Terminated early (*risolto*); its cost no longer counts as committed; final. */
  | 'TERMINATED';

/** A filter on Contract objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ContractWhereInput = {
  and?: Array<ContractWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** ends_on field predicates */
  endsOn?: string | null | undefined;
  endsOnGT?: string | null | undefined;
  endsOnGTE?: string | null | undefined;
  endsOnIn?: Array<string> | null | undefined;
  endsOnIsNil?: boolean | null | undefined;
  endsOnLT?: string | null | undefined;
  endsOnLTE?: string | null | undefined;
  endsOnNEQ?: string | null | undefined;
  endsOnNotIn?: Array<string> | null | undefined;
  endsOnNotNil?: boolean | null | undefined;
  /** cost_shares edge predicates */
  hasCostShares?: boolean | null | undefined;
  hasCostSharesWith?: Array<CostShareWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** intervention_line edge predicates */
  hasInterventionLine?: boolean | null | undefined;
  hasInterventionLineWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** invoices edge predicates */
  hasInvoices?: boolean | null | undefined;
  hasInvoicesWith?: Array<InvoiceWhereInput> | null | undefined;
  /** lot edge predicates */
  hasLot?: boolean | null | undefined;
  hasLotWith?: Array<LotWhereInput> | null | undefined;
  /** vendor edge predicates */
  hasVendor?: boolean | null | undefined;
  hasVendorWith?: Array<VendorWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** intervention_line_id field predicates */
  interventionLineID?: string | null | undefined;
  interventionLineIDContains?: string | null | undefined;
  interventionLineIDContainsFold?: string | null | undefined;
  interventionLineIDEqualFold?: string | null | undefined;
  interventionLineIDGT?: string | null | undefined;
  interventionLineIDGTE?: string | null | undefined;
  interventionLineIDHasPrefix?: string | null | undefined;
  interventionLineIDHasSuffix?: string | null | undefined;
  interventionLineIDIn?: Array<string> | null | undefined;
  interventionLineIDIsNil?: boolean | null | undefined;
  interventionLineIDLT?: string | null | undefined;
  interventionLineIDLTE?: string | null | undefined;
  interventionLineIDNEQ?: string | null | undefined;
  interventionLineIDNotIn?: Array<string> | null | undefined;
  interventionLineIDNotNil?: boolean | null | undefined;
  /** lot_id field predicates */
  lotID?: string | null | undefined;
  lotIDContains?: string | null | undefined;
  lotIDContainsFold?: string | null | undefined;
  lotIDEqualFold?: string | null | undefined;
  lotIDGT?: string | null | undefined;
  lotIDGTE?: string | null | undefined;
  lotIDHasPrefix?: string | null | undefined;
  lotIDHasSuffix?: string | null | undefined;
  lotIDIn?: Array<string> | null | undefined;
  lotIDLT?: string | null | undefined;
  lotIDLTE?: string | null | undefined;
  lotIDNEQ?: string | null | undefined;
  lotIDNotIn?: Array<string> | null | undefined;
  /** net_cents field predicates */
  netCents?: number | null | undefined;
  netCentsGT?: number | null | undefined;
  netCentsGTE?: number | null | undefined;
  netCentsIn?: Array<number> | null | undefined;
  netCentsLT?: number | null | undefined;
  netCentsLTE?: number | null | undefined;
  netCentsNEQ?: number | null | undefined;
  netCentsNotIn?: Array<number> | null | undefined;
  not?: ContractWhereInput | null | undefined;
  or?: Array<ContractWhereInput> | null | undefined;
  /** population_year field predicates */
  populationYear?: number | null | undefined;
  populationYearGT?: number | null | undefined;
  populationYearGTE?: number | null | undefined;
  populationYearIn?: Array<number> | null | undefined;
  populationYearIsNil?: boolean | null | undefined;
  populationYearLT?: number | null | undefined;
  populationYearLTE?: number | null | undefined;
  populationYearNEQ?: number | null | undefined;
  populationYearNotIn?: Array<number> | null | undefined;
  populationYearNotNil?: boolean | null | undefined;
  /** reference field predicates */
  reference?: string | null | undefined;
  referenceContains?: string | null | undefined;
  referenceContainsFold?: string | null | undefined;
  referenceEqualFold?: string | null | undefined;
  referenceGT?: string | null | undefined;
  referenceGTE?: string | null | undefined;
  referenceHasPrefix?: string | null | undefined;
  referenceHasSuffix?: string | null | undefined;
  referenceIn?: Array<string> | null | undefined;
  referenceIsNil?: boolean | null | undefined;
  referenceLT?: string | null | undefined;
  referenceLTE?: string | null | undefined;
  referenceNEQ?: string | null | undefined;
  referenceNotIn?: Array<string> | null | undefined;
  referenceNotNil?: boolean | null | undefined;
  /** signed_on field predicates */
  signedOn?: string | null | undefined;
  signedOnGT?: string | null | undefined;
  signedOnGTE?: string | null | undefined;
  signedOnIn?: Array<string> | null | undefined;
  signedOnIsNil?: boolean | null | undefined;
  signedOnLT?: string | null | undefined;
  signedOnLTE?: string | null | undefined;
  signedOnNEQ?: string | null | undefined;
  signedOnNotIn?: Array<string> | null | undefined;
  signedOnNotNil?: boolean | null | undefined;
  /** split_method field predicates */
  splitMethod?: ContractSplitMethod | null | undefined;
  splitMethodIn?: Array<ContractSplitMethod> | null | undefined;
  splitMethodNEQ?: ContractSplitMethod | null | undefined;
  splitMethodNotIn?: Array<ContractSplitMethod> | null | undefined;
  /** starts_on field predicates */
  startsOn?: string | null | undefined;
  startsOnGT?: string | null | undefined;
  startsOnGTE?: string | null | undefined;
  startsOnIn?: Array<string> | null | undefined;
  startsOnIsNil?: boolean | null | undefined;
  startsOnLT?: string | null | undefined;
  startsOnLTE?: string | null | undefined;
  startsOnNEQ?: string | null | undefined;
  startsOnNotIn?: Array<string> | null | undefined;
  startsOnNotNil?: boolean | null | undefined;
  /** status field predicates */
  status?: ContractStatus | null | undefined;
  statusIn?: Array<ContractStatus> | null | undefined;
  statusNEQ?: ContractStatus | null | undefined;
  statusNotIn?: Array<ContractStatus> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** vat_cents field predicates */
  vatCents?: number | null | undefined;
  vatCentsGT?: number | null | undefined;
  vatCentsGTE?: number | null | undefined;
  vatCentsIn?: Array<number> | null | undefined;
  vatCentsLT?: number | null | undefined;
  vatCentsLTE?: number | null | undefined;
  vatCentsNEQ?: number | null | undefined;
  vatCentsNotIn?: Array<number> | null | undefined;
  /** vendor_id field predicates */
  vendorID?: string | null | undefined;
  vendorIDContains?: string | null | undefined;
  vendorIDContainsFold?: string | null | undefined;
  vendorIDEqualFold?: string | null | undefined;
  vendorIDGT?: string | null | undefined;
  vendorIDGTE?: string | null | undefined;
  vendorIDHasPrefix?: string | null | undefined;
  vendorIDHasSuffix?: string | null | undefined;
  vendorIDIn?: Array<string> | null | undefined;
  vendorIDLT?: string | null | undefined;
  vendorIDLTE?: string | null | undefined;
  vendorIDNEQ?: string | null | undefined;
  vendorIDNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** One member's part of a custom split. */
export type CostShareInput = {
  /** Amount charged to the member. */
  amountCents: number;
  /** The member body, one of the procedure's beneficiaries. */
  bodyID: string;
};

/** A filter on CostShare objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type CostShareWhereInput = {
  /** amount_cents field predicates */
  amountCents?: number | null | undefined;
  amountCentsGT?: number | null | undefined;
  amountCentsGTE?: number | null | undefined;
  amountCentsIn?: Array<number> | null | undefined;
  amountCentsLT?: number | null | undefined;
  amountCentsLTE?: number | null | undefined;
  amountCentsNEQ?: number | null | undefined;
  amountCentsNotIn?: Array<number> | null | undefined;
  and?: Array<CostShareWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** contract_id field predicates */
  contractID?: string | null | undefined;
  contractIDContains?: string | null | undefined;
  contractIDContainsFold?: string | null | undefined;
  contractIDEqualFold?: string | null | undefined;
  contractIDGT?: string | null | undefined;
  contractIDGTE?: string | null | undefined;
  contractIDHasPrefix?: string | null | undefined;
  contractIDHasSuffix?: string | null | undefined;
  contractIDIn?: Array<string> | null | undefined;
  contractIDLT?: string | null | undefined;
  contractIDLTE?: string | null | undefined;
  contractIDNEQ?: string | null | undefined;
  contractIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** expense_category_id field predicates */
  expenseCategoryID?: string | null | undefined;
  expenseCategoryIDContains?: string | null | undefined;
  expenseCategoryIDContainsFold?: string | null | undefined;
  expenseCategoryIDEqualFold?: string | null | undefined;
  expenseCategoryIDGT?: string | null | undefined;
  expenseCategoryIDGTE?: string | null | undefined;
  expenseCategoryIDHasPrefix?: string | null | undefined;
  expenseCategoryIDHasSuffix?: string | null | undefined;
  expenseCategoryIDIn?: Array<string> | null | undefined;
  expenseCategoryIDIsNil?: boolean | null | undefined;
  expenseCategoryIDLT?: string | null | undefined;
  expenseCategoryIDLTE?: string | null | undefined;
  expenseCategoryIDNEQ?: string | null | undefined;
  expenseCategoryIDNotIn?: Array<string> | null | undefined;
  expenseCategoryIDNotNil?: boolean | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** contract edge predicates */
  hasContract?: boolean | null | undefined;
  hasContractWith?: Array<ContractWhereInput> | null | undefined;
  /** expense_category edge predicates */
  hasExpenseCategory?: boolean | null | undefined;
  hasExpenseCategoryWith?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  not?: CostShareWhereInput | null | undefined;
  or?: Array<CostShareWhereInput> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** The fields of a new Call: the non-null ones are required; an optional field left out takes its default. */
export type CreateCallInput = {
  /** Advance paid at funding, as a share of the grant. In basis points: 1% = 100, 100% = 10000. */
  advanceBp?: number | null | undefined;
  /** IDs to link (applications): Applications to this call. */
  applicationIDs?: Array<string> | null | undefined;
  /** Balance paid at completion, as a share of the grant. In basis points: 1% = 100, 100% = 10000. */
  balanceBp?: number | null | undefined;
  /** Maximum budget for each member body. In euro cents, at most 100.000.000.000 (one billion euro). */
  capPerMemberCents?: number | null | undefined;
  /** Maximum budget for one project. In euro cents, at most 100.000.000.000 (one billion euro). */
  capPerProjectCents?: number | null | undefined;
  /** When applications close (instant; shown in Europe/Rome). Later submissions are refused. */
  closesAt?: string | null | undefined;
  /** Share of the eligible cost the call funds; the rest is the applicants' own money. In basis points: 1% = 100, 100% = 10000. */
  cofinancingRateBp?: number | null | undefined;
  /** Months after funding within which the supplier contract must be signed. */
  contractDeadlineMonths?: number | null | undefined;
  /** Days after funding within which the CUP must be communicated. */
  cupDeadlineDays?: number | null | undefined;
  /** Days from submission within which the Region decides an application (the term of the procedure, L. 241/1990 art. 2). Empty: the call sets no term and no deadline is shown. */
  decisionDays?: number | null | undefined;
  /** Summary of the call's purpose. */
  description?: string | null | undefined;
  /** Duration of funded projects, in months. */
  durationMonths?: number | null | undefined;
  /** Kinds of bodies that may apply (e.g. COMUNE, UNIONE_COMUNI); empty means any. */
  eligibleApplicantKinds?: Array<string> | null | undefined;
  /** First day on which expenses are eligible. */
  eligibleFrom?: string | null | undefined;
  /** Last day on which expenses are eligible. */
  eligibleUntil?: string | null | undefined;
  /** IDs to link (expenseCategories): Expense categories defined by the call. */
  expenseCategoryIDs?: Array<string> | null | undefined;
  /** Variations: the share of a member's allocation (in %) the lead may move alone between its expense categories, the member's total unchanged; larger moves need the Region's approval. */
  freeMovePercent?: number | null | undefined;
  /** Source of the money. */
  fund: CallFund;
  /** Days the lead has to answer a request for missing items (*soccorso istruttorio*, L. 241/1990 art. 6 c. 1 lett. b), from the request, when the officer gives no date. Empty: 10 days, the term of art. 10-bis L. 241/1990. */
  integrationDays?: number | null | undefined;
  /** Maximum cumulative interim payments, as a share of the grant. In basis points: 1% = 100, 100% = 10000. */
  interimMaxBp?: number | null | undefined;
  /** IDs to link (interventionLines): Intervention lines (work packages) defined by the call. */
  interventionLineIDs?: Array<string> | null | undefined;
  /** ID to link as issuer. */
  issuerID: string;
  /** Variations: the total months all the extensions of a project may add to its end date. */
  maxExtensionMonths?: number | null | undefined;
  /** Variations: how many extensions of the end date (*proroghe*) a project may be granted. */
  maxExtensions?: number | null | undefined;
  /** Maximum number of bodies in an aggregation. */
  maxMembers?: number | null | undefined;
  /** Minimum number of bodies in an aggregation. */
  minMembers?: number | null | undefined;
  /** Minimum total cost of a project. In euro cents, at most 100.000.000.000 (one billion euro). */
  minProjectCents?: number | null | undefined;
  /** When applications open (instant; shown in Europe/Rome). */
  opensAt?: string | null | undefined;
  /** Year of the population the call uses for splits by population and per-capita amounts: ISTAT resident population at 1 January of that year (e.g. 2024). Empty: each body's latest figure. */
  populationYear?: number | null | undefined;
  /** National monitoring (Protocollo Unico di Colloquio): the codes the Region's and the State's monitoring systems assign and Capofila cannot know, one per line as KEY=VALUE: COD_PROGRAMMA (programme CCI), COD_PROC_ATT (the call's code in the national system), TIPO_OPERAZIONE, COD_LIV_GERARCHICO, optionally TIP_PROCEDURA_ATT, COD_TIPO_RESP_PROC, TIPO_AIUTO, TIPO_LOCALIZZAZIONE, COD_VULNERABILI, COD_NORMA, COD_DEL_CIPE, COD_FONDO:EU|STATE|REGION|OWN, and repeatable CLASSIFICAZIONE=TYPE:CODE, VOCE_SPESA:<category code>=<item>, INDICATORE_OUTPUT=COM|DPR:<code>[:<intervention line code>]. See docs/REPORTS.md. */
  pucSettings?: string | null | undefined;
  /** Reference of the act approving the call, e.g. "DDPF n. 123 del 10/03/2026". */
  reference?: string | null | undefined;
  /** How the funded costs are recognised. */
  regime?: CallRegime | null | undefined;
  /** Cadence of expense claims, in months. */
  reportingEveryMonths?: number | null | undefined;
  /** Attachments every application must carry, by name (e.g. "Delibere di adesione", "Convenzione firmata"). */
  requiredAttachments?: Array<string> | null | undefined;
  /** Checks the Region's auditors perform on every expense claim (controlli di primo livello); a standard list when empty. */
  reviewChecklist?: Array<string> | null | undefined;
  /** Days from submission within which the Region's auditors complete the review of an expense claim. Empty: 60 days, leaving the Region 20 of the 80 days within which a beneficiary is paid (Reg. (UE) 2021/1060 art. 74). */
  reviewDays?: number | null | undefined;
  /** Title of the call. */
  title: string;
  /** Total money available (dotazione). In euro cents, at most 100.000.000.000 (one billion euro). */
  totalBudgetCents: number;
};

/** The fields of a new ExpenseCategory: the non-null ones are required; an optional field left out takes its default. */
export type CreateExpenseCategoryInput = {
  /** ID to link as call. */
  callID: string;
  /** Maximum share of the project total for this category. In basis points: 1% = 100, 100% = 10000. */
  capBp?: number | null | undefined;
  /** Maximum amount for this category in one project. In euro cents, at most 100.000.000.000 (one billion euro). */
  capCents?: number | null | undefined;
  /** Short code, unique within the call, e.g. SERV. */
  code: string;
  /** What the category covers. */
  description?: string | null | undefined;
  /** Name, e.g. "Acquisizione di servizi". */
  name: string;
  /** Display order. */
  position?: number | null | undefined;
  /** Whether VAT is an eligible cost in this category. */
  vatEligible?: boolean | null | undefined;
};

/** The fields of a new InterventionLine: the non-null ones are required; an optional field left out takes its default. */
export type CreateInterventionLineInput = {
  /** ID to link as call. */
  callID: string;
  /** Short code, unique within the call, e.g. A. */
  code: string;
  /** What the line delivers. */
  description?: string | null | undefined;
  /** Name, e.g. "Pagamenti online (pagoPA)". */
  name: string;
  /** Display order. */
  position?: number | null | undefined;
};

/** The fields of a new Lot: the non-null ones are required; an optional field left out takes its default. */
export type CreateLotInput = {
  /** Awarded amount, net of VAT. In euro cents, at most 100.000.000.000 (one billion euro). */
  awardCents?: number | null | undefined;
  /** Date of the award. */
  awardedOn?: string | null | undefined;
  /** ID to link as awardedVendor. */
  awardedVendorID?: string | null | undefined;
  /** Base amount of the lot, net of VAT. In euro cents, at most 100.000.000.000 (one billion euro). */
  baseCents: number;
  /** IDs to link (bidders): Vendors that submitted a bid. */
  bidderIDs?: Array<string> | null | undefined;
  /** Codice Identificativo Gara, 10 characters: a unified CIG of the national e-procurement platform (a letter A–U and 9 hexadecimal characters, every procedure started since 1 January 2024), or a standard or Smart CIG issued before 2024. Unique within an aggregation; another aggregation's lot with the same CIG is neither refused nor disclosed, and is shown to the Regions' officers and auditors and to ADMIN (cigElsewhere). */
  cig: string;
  /** IDs to link (contracts): Contracts signed for the lot. */
  contractIDs?: Array<string> | null | undefined;
  /** IDs to link (invitedVendors): Vendors invited to bid. */
  invitedVendorIDs?: Array<string> | null | undefined;
  /** The user confirmed a standard or Smart CIG (issued before 2024) on a procedure started on or after 1 January 2024, which needs a unified CIG: e.g. a contract that runs on from an earlier procedure. */
  legacyCigAcknowledged?: boolean | null | undefined;
  /** Lot number within the procedure. */
  number?: number | null | undefined;
  /** ID to link as procurement. */
  procurementID: string;
  /** Object of the lot. */
  title: string;
};

/** The fields of a new Membership: the non-null ones are required; an optional field left out takes its default. */
export type CreateMembershipInput = {
  /** ID to link as aggregation. */
  aggregationID: string;
  /** ID to link as body. */
  bodyID: string;
  /** Day the body joined. */
  joinedOn?: string | null | undefined;
  /** Day the body left; empty while it is a member. */
  leftOn?: string | null | undefined;
  /** Date of the council resolution. */
  resolutionDate?: string | null | undefined;
  /** Number of the council resolution (delibera) approving the membership. */
  resolutionNumber?: string | null | undefined;
  /** Organ that adopted the resolution. */
  resolutionOrgan?: MembershipResolutionOrgan | null | undefined;
  /** The body's part in the aggregation. */
  role?: MembershipRole | null | undefined;
};

/** The fields of a new Milestone: the non-null ones are required; an optional field left out takes its default. */
export type CreateMilestoneInput = {
  /** Day it was met; empty while pending. */
  doneOn?: string | null | undefined;
  /** Day of the event or deadline. */
  dueOn: string;
  /** What kind of event it is. */
  kind?: MilestoneKind | null | undefined;
  /** Place or link of a meeting. */
  location?: string | null | undefined;
  /** Notes, agenda or minutes. */
  notes?: string | null | undefined;
  /** ID to link as project. */
  projectID: string;
  /** What happens. */
  title: string;
};

/** The fields of a new Procurement: the non-null ones are required; an optional field left out takes its default. */
export type CreateProcurementInput = {
  /** Base amount of the procedure (importo a base d'asta), net of VAT. In euro cents, at most 100.000.000.000 (one billion euro). */
  baseCents: number;
  /** IDs to link (beneficiaries): Member bodies the procedure buys for. */
  beneficiaryIDs?: Array<string> | null | undefined;
  /** Main CPV code, e.g. 72000000-5. */
  cpv?: string | null | undefined;
  /** Date of the determina a contrarre. */
  determinaDate?: string | null | undefined;
  /** Number of the decision to contract (determina a contrarre). */
  determinaNumber?: string | null | undefined;
  /** Consip framework or convention adhered to, e.g. "SPC Cloud – Lotto 1". */
  frameworkReference?: string | null | undefined;
  /** Legal basis, e.g. "art. 50, c. 1, lett. b), D.Lgs. 36/2023". */
  legalBasis?: string | null | undefined;
  /** IDs to link (lots): Lots, one CIG each. */
  lotIDs?: Array<string> | null | undefined;
  /** Reference of the Consip needs plan (piano dei fabbisogni). */
  needsPlanReference?: string | null | undefined;
  /** Reference of the Consip needs project (progetto dei fabbisogni). */
  needsProjectReference?: string | null | undefined;
  /** What the procedure buys; the thresholds in force depend on it. */
  objectType: ProcurementObjectType;
  /** Procedure type under D.Lgs. 36/2023, following ANAC's list of codes; checked against the thresholds in force on startedOn. */
  procedureType: ProcurementProcedureType;
  /** ID to link as project. */
  projectID: string;
  /** ID to link as runningBody. */
  runningBodyID: string;
  /** Codice fiscale of the RUP. */
  rupCodiceFiscale?: string | null | undefined;
  /** Name of the person responsible for the procedure (RUP). */
  rupName?: string | null | undefined;
  /** Sum of what the members would have spent buying separately, when estimated; measures joint-procurement savings. In euro cents, at most 100.000.000.000 (one billion euro). */
  separateEstimateCents?: number | null | undefined;
  /** Start date of the procedure; selects the thresholds in force. */
  startedOn?: string | null | undefined;
  /** The user acknowledged a warning about the procedure type and the thresholds in force. */
  thresholdWarningAcknowledged?: boolean | null | undefined;
  /** Object of the procedure. */
  title: string;
};

/** A user account to create (admins only); it has no role until one is granted. */
export type CreateUserInput = {
  /** Name shown to other users and printed as the declarant of the claims the user submits. */
  displayName: string;
  /** Sign-in e-mail address; stored lower-case; another account's is CONFLICT. */
  email: string;
  /** Position held, printed in the declarations the user signs (e.g. "Dirigente Settore Innovazione"). */
  jobTitle?: string | null | undefined;
  /** At least 10 characters. */
  password: string;
};

/** A new variation of a project, drafted by its lead. */
export type CreateVariationInput = {
  /** The complete plan after the change; empty: the plan does not change. */
  allocations?: Array<VariationAllocationInput> | null | undefined;
  /** CONTRACT_MODIFICATION: the proposed contract modifications, in the order they are applied. */
  contractModificationIDs?: Array<string> | null | undefined;
  /** MEMBER_ACCESSION: the body that joins. */
  joiningBodyID?: string | null | undefined;
  /** What the variation changes (at least one). */
  kinds: Array<VariationKind>;
  /** MEMBER_WITHDRAWAL: the member that leaves. */
  leavingBodyID?: string | null | undefined;
  /** LEAD_CHANGE: the member that becomes the lead. */
  newLeadBodyID?: string | null | undefined;
  /** The project. */
  projectID: string;
  /** Why (at most 4000 characters). */
  reason: string;
  /** The day from which the change should apply; empty: the decision day. */
  requestedEffectiveFrom?: string | null | undefined;
  /** END_DATE_EXTENSION: the end date requested. */
  requestedEndsOn?: string | null | undefined;
};

/** The fields of a new Vendor: the non-null ones are required; an optional field left out takes its default. */
export type CreateVendorInput = {
  /** Registered office address. */
  address?: string | null | undefined;
  /** City of the registered office. */
  city?: string | null | undefined;
  /** Codice fiscale, when it differs from the partita IVA (11 digits, or 16 characters for a sole trader). */
  codiceFiscale?: string | null | undefined;
  /** IDs to link (contracts): Contracts signed with this vendor. */
  contractIDs?: Array<string> | null | undefined;
  /** IDs to link (groupingMembers): Members of this grouping (RTI), with their role. */
  groupingMemberIDs?: Array<string> | null | undefined;
  /** True for a temporary grouping of companies (RTI); its members are in groupingMembers. */
  isGrouping?: boolean | null | undefined;
  /** Company name (ragione sociale). */
  name: string;
  /** ID to link (ownerAggregation): For a grouping: the aggregation whose lead registered it. */
  ownerAggregationID?: string | null | undefined;
  /** Certified e-mail address (PEC). */
  pec?: string | null | undefined;
  /** Italian partita IVA: 11 digits with check digit. Unique. */
  vatID?: string | null | undefined;
};

/** What a deadline is about. */
export type DeadlineKind =
  /** A submitted application to decide: submission plus the call's decisionDays (none when unset). The Region's officers act. */
  | 'APPLICATION_DECISION'
  /** The expense claim of the next reporting period no submitted claim covers: periods run every reportingEveryMonths from the project's start and a claim is due on its period's last day (the planned end for the last period). The lead acts. */
  | 'CLAIM_DUE'
  /** A submitted claim to review: submission plus the call's reviewDays (60 when unset). The Region's auditors act. */
  | 'CLAIM_REVIEW'
  /** No contract of the project is signed yet: due the call's contractDeadlineMonths after the funding decree. The lead acts. */
  | 'CONTRACT_SIGNATURE'
  /** The CUP to request after funding. Never listed: a project is created with its CUP. */
  | 'CUP_REQUEST'
  /** A deliverable neither delivered nor accepted, for the member referent of its body; for a deliverable defined for every member, one more for the lead, due on the earliest copy still open. */
  | 'DELIVERABLE_DUE'
  /** An approved disbursement to pay. Never listed yet: no call or law in the data sets its term. */
  | 'DISBURSEMENT_PAYMENT'
  /** An application whose integration the officer requested (soccorso istruttorio), due on its integrationDueOn. The lead acts. */
  | 'INTEGRATION_RESPONSE'
  /** A pending deadline of the project plan (a DEADLINE milestone; a REPORTING one when the call sets no reporting cadence). The lead acts. */
  | 'MILESTONE_DUE'
  /** The next bimonthly transmission of the project's monitoring data (PUC, the feed at /exports/projects/{id}/puc.zip) to the Region, when its call has monitoring settings: the data at the end of each even month, due by the end of the following month. Listed while the project runs (once completed, up to the transmission of its end); a passed term gives way to the next one, since Capofila does not know when the data reached the Region. The lead acts. */
  | 'MONITORING_TRANSMISSION'
  /** The planned end of a running project. The lead acts. */
  | 'PROJECT_END'
  /** A requested variation of a project to decide: submission plus the call's reviewDays (60 when unset). The Region's officers act. */
  | 'VARIATION_DECISION';

/** The decision on an access request. */
export type DecideAccessRequestInput = {
  /** True approves (the role is granted at once), false refuses. */
  approve: boolean;
  /** Why; required to refuse, and told to the requester. */
  reason?: string | null | undefined;
};

/** The officer's decision. */
export type DecideVariationInput = {
  /** PARTIALLY_APPROVED: the plan approved (complete); empty: the plan requested. */
  allocations?: Array<VariationAllocationInput> | null | undefined;
  /** The day from which the new plan is in force: not after the decision day, not before the previous version's; empty: the decision day. */
  effectiveFrom?: string | null | undefined;
  /** PARTIALLY_APPROVED: the end date approved, not after the one requested; empty: the one requested. */
  endsOn?: string | null | undefined;
  /** Approve, approve in part, or reject. */
  outcome: VariationOutcome;
  /** Reason of the decision (required to reject or approve in part; at most 4000 characters). */
  reason?: string | null | undefined;
};

/** A deliverable replicated to members. */
export type DefineDeliverableInput = {
  /** Members receiving it; every member when empty. */
  bodyIDs?: Array<string> | null | undefined;
  /** Details and acceptance criteria. */
  description?: string | null | undefined;
  /** Due date. */
  dueOn?: string | null | undefined;
  /** The intervention line the deliverable belongs to. */
  interventionLineID: string;
  /** The project. */
  projectID: string;
  /** What is delivered. */
  title: string;
};

/** Values of Deliverable.status. Lifecycle: PLANNED → IN_PROGRESS → DELIVERED → ACCEPTED | REJECTED (→ IN_PROGRESS). */
export type DeliverableStatus =
  /** Accepted; final. */
  | 'ACCEPTED'
  /** Delivered (see deliveredOn), waiting to be accepted. */
  | 'DELIVERED'
  /** Being worked on (again, after a rejection). */
  | 'IN_PROGRESS'
  /** Defined, work not started. */
  | 'PLANNED'
  /** Not accepted; may be moved back to IN_PROGRESS. */
  | 'REJECTED';

/** A filter on Deliverable objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type DeliverableWhereInput = {
  and?: Array<DeliverableWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** delivered_on field predicates */
  deliveredOn?: string | null | undefined;
  deliveredOnGT?: string | null | undefined;
  deliveredOnGTE?: string | null | undefined;
  deliveredOnIn?: Array<string> | null | undefined;
  deliveredOnIsNil?: boolean | null | undefined;
  deliveredOnLT?: string | null | undefined;
  deliveredOnLTE?: string | null | undefined;
  deliveredOnNEQ?: string | null | undefined;
  deliveredOnNotIn?: Array<string> | null | undefined;
  deliveredOnNotNil?: boolean | null | undefined;
  /** description field predicates */
  description?: string | null | undefined;
  descriptionContains?: string | null | undefined;
  descriptionContainsFold?: string | null | undefined;
  descriptionEqualFold?: string | null | undefined;
  descriptionGT?: string | null | undefined;
  descriptionGTE?: string | null | undefined;
  descriptionHasPrefix?: string | null | undefined;
  descriptionHasSuffix?: string | null | undefined;
  descriptionIn?: Array<string> | null | undefined;
  descriptionIsNil?: boolean | null | undefined;
  descriptionLT?: string | null | undefined;
  descriptionLTE?: string | null | undefined;
  descriptionNEQ?: string | null | undefined;
  descriptionNotIn?: Array<string> | null | undefined;
  descriptionNotNil?: boolean | null | undefined;
  /** due_on field predicates */
  dueOn?: string | null | undefined;
  dueOnGT?: string | null | undefined;
  dueOnGTE?: string | null | undefined;
  dueOnIn?: Array<string> | null | undefined;
  dueOnIsNil?: boolean | null | undefined;
  dueOnLT?: string | null | undefined;
  dueOnLTE?: string | null | undefined;
  dueOnNEQ?: string | null | undefined;
  dueOnNotIn?: Array<string> | null | undefined;
  dueOnNotNil?: boolean | null | undefined;
  /** group_key field predicates */
  groupKey?: string | null | undefined;
  groupKeyContains?: string | null | undefined;
  groupKeyContainsFold?: string | null | undefined;
  groupKeyEqualFold?: string | null | undefined;
  groupKeyGT?: string | null | undefined;
  groupKeyGTE?: string | null | undefined;
  groupKeyHasPrefix?: string | null | undefined;
  groupKeyHasSuffix?: string | null | undefined;
  groupKeyIn?: Array<string> | null | undefined;
  groupKeyIsNil?: boolean | null | undefined;
  groupKeyLT?: string | null | undefined;
  groupKeyLTE?: string | null | undefined;
  groupKeyNEQ?: string | null | undefined;
  groupKeyNotIn?: Array<string> | null | undefined;
  groupKeyNotNil?: boolean | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** intervention_line edge predicates */
  hasInterventionLine?: boolean | null | undefined;
  hasInterventionLineWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** intervention_line_id field predicates */
  interventionLineID?: string | null | undefined;
  interventionLineIDContains?: string | null | undefined;
  interventionLineIDContainsFold?: string | null | undefined;
  interventionLineIDEqualFold?: string | null | undefined;
  interventionLineIDGT?: string | null | undefined;
  interventionLineIDGTE?: string | null | undefined;
  interventionLineIDHasPrefix?: string | null | undefined;
  interventionLineIDHasSuffix?: string | null | undefined;
  interventionLineIDIn?: Array<string> | null | undefined;
  interventionLineIDLT?: string | null | undefined;
  interventionLineIDLTE?: string | null | undefined;
  interventionLineIDNEQ?: string | null | undefined;
  interventionLineIDNotIn?: Array<string> | null | undefined;
  not?: DeliverableWhereInput | null | undefined;
  or?: Array<DeliverableWhereInput> | null | undefined;
  /** progress_note field predicates */
  progressNote?: string | null | undefined;
  progressNoteContains?: string | null | undefined;
  progressNoteContainsFold?: string | null | undefined;
  progressNoteEqualFold?: string | null | undefined;
  progressNoteGT?: string | null | undefined;
  progressNoteGTE?: string | null | undefined;
  progressNoteHasPrefix?: string | null | undefined;
  progressNoteHasSuffix?: string | null | undefined;
  progressNoteIn?: Array<string> | null | undefined;
  progressNoteIsNil?: boolean | null | undefined;
  progressNoteLT?: string | null | undefined;
  progressNoteLTE?: string | null | undefined;
  progressNoteNEQ?: string | null | undefined;
  progressNoteNotIn?: Array<string> | null | undefined;
  progressNoteNotNil?: boolean | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** status field predicates */
  status?: DeliverableStatus | null | undefined;
  statusIn?: Array<DeliverableStatus> | null | undefined;
  statusNEQ?: DeliverableStatus | null | undefined;
  statusNotIn?: Array<DeliverableStatus> | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Values of Disbursement.kind. Which disbursement of the call's plan it is. */
export type DisbursementKind =
  /** The advance paid at funding: the call's advance share of the grant (*anticipo*). */
  | 'ADVANCE'
  /** The balance after completion: the contribution on the total admitted cost, up to the grant, less what was already disbursed (*saldo*). */
  | 'BALANCE'
  /** An interim payment after an accepted claim: the contribution on the cost admitted so far, up to the call's interim cap, less what was already disbursed (*acconto*). */
  | 'INTERIM'
  /** Money the lead returns because more was disbursed than the contribution due on the admitted costs (*recupero*). */
  | 'RECOVERY';

/** Values of Disbursement.status. Lifecycle: REQUESTED → APPROVED → PAID. A requested disbursement already counts as disbursed. */
export type DisbursementStatus =
  /** Approved by the Region (see approvedOn). */
  | 'APPROVED'
  /** Paid by the Region (see paidOn); for a RECOVERY, returned by the lead. */
  | 'PAID'
  /** Recorded as owed; counts as disbursed, so the same money cannot be requested twice. */
  | 'REQUESTED';

/** A filter on Disbursement objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type DisbursementWhereInput = {
  /** admitted_to_date_cents field predicates */
  admittedToDateCents?: number | null | undefined;
  admittedToDateCentsGT?: number | null | undefined;
  admittedToDateCentsGTE?: number | null | undefined;
  admittedToDateCentsIn?: Array<number> | null | undefined;
  admittedToDateCentsLT?: number | null | undefined;
  admittedToDateCentsLTE?: number | null | undefined;
  admittedToDateCentsNEQ?: number | null | undefined;
  admittedToDateCentsNotIn?: Array<number> | null | undefined;
  /** amount_cents field predicates */
  amountCents?: number | null | undefined;
  amountCentsGT?: number | null | undefined;
  amountCentsGTE?: number | null | undefined;
  amountCentsIn?: Array<number> | null | undefined;
  amountCentsLT?: number | null | undefined;
  amountCentsLTE?: number | null | undefined;
  amountCentsNEQ?: number | null | undefined;
  amountCentsNotIn?: Array<number> | null | undefined;
  and?: Array<DisbursementWhereInput> | null | undefined;
  /** approved_on field predicates */
  approvedOn?: string | null | undefined;
  approvedOnGT?: string | null | undefined;
  approvedOnGTE?: string | null | undefined;
  approvedOnIn?: Array<string> | null | undefined;
  approvedOnIsNil?: boolean | null | undefined;
  approvedOnLT?: string | null | undefined;
  approvedOnLTE?: string | null | undefined;
  approvedOnNEQ?: string | null | undefined;
  approvedOnNotIn?: Array<string> | null | undefined;
  approvedOnNotNil?: boolean | null | undefined;
  /** claim_id field predicates */
  claimID?: string | null | undefined;
  claimIDContains?: string | null | undefined;
  claimIDContainsFold?: string | null | undefined;
  claimIDEqualFold?: string | null | undefined;
  claimIDGT?: string | null | undefined;
  claimIDGTE?: string | null | undefined;
  claimIDHasPrefix?: string | null | undefined;
  claimIDHasSuffix?: string | null | undefined;
  claimIDIn?: Array<string> | null | undefined;
  claimIDIsNil?: boolean | null | undefined;
  claimIDLT?: string | null | undefined;
  claimIDLTE?: string | null | undefined;
  claimIDNEQ?: string | null | undefined;
  claimIDNotIn?: Array<string> | null | undefined;
  claimIDNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** eu_cents field predicates */
  euCents?: number | null | undefined;
  euCentsGT?: number | null | undefined;
  euCentsGTE?: number | null | undefined;
  euCentsIn?: Array<number> | null | undefined;
  euCentsLT?: number | null | undefined;
  euCentsLTE?: number | null | undefined;
  euCentsNEQ?: number | null | undefined;
  euCentsNotIn?: Array<number> | null | undefined;
  /** claim edge predicates */
  hasClaim?: boolean | null | undefined;
  hasClaimWith?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** kind field predicates */
  kind?: DisbursementKind | null | undefined;
  kindIn?: Array<DisbursementKind> | null | undefined;
  kindNEQ?: DisbursementKind | null | undefined;
  kindNotIn?: Array<DisbursementKind> | null | undefined;
  not?: DisbursementWhereInput | null | undefined;
  or?: Array<DisbursementWhereInput> | null | undefined;
  /** paid_on field predicates */
  paidOn?: string | null | undefined;
  paidOnGT?: string | null | undefined;
  paidOnGTE?: string | null | undefined;
  paidOnIn?: Array<string> | null | undefined;
  paidOnIsNil?: boolean | null | undefined;
  paidOnLT?: string | null | undefined;
  paidOnLTE?: string | null | undefined;
  paidOnNEQ?: string | null | undefined;
  paidOnNotIn?: Array<string> | null | undefined;
  paidOnNotNil?: boolean | null | undefined;
  /** payment_reference field predicates */
  paymentReference?: string | null | undefined;
  paymentReferenceContains?: string | null | undefined;
  paymentReferenceContainsFold?: string | null | undefined;
  paymentReferenceEqualFold?: string | null | undefined;
  paymentReferenceGT?: string | null | undefined;
  paymentReferenceGTE?: string | null | undefined;
  paymentReferenceHasPrefix?: string | null | undefined;
  paymentReferenceHasSuffix?: string | null | undefined;
  paymentReferenceIn?: Array<string> | null | undefined;
  paymentReferenceIsNil?: boolean | null | undefined;
  paymentReferenceLT?: string | null | undefined;
  paymentReferenceLTE?: string | null | undefined;
  paymentReferenceNEQ?: string | null | undefined;
  paymentReferenceNotIn?: Array<string> | null | undefined;
  paymentReferenceNotNil?: boolean | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** region_cents field predicates */
  regionCents?: number | null | undefined;
  regionCentsGT?: number | null | undefined;
  regionCentsGTE?: number | null | undefined;
  regionCentsIn?: Array<number> | null | undefined;
  regionCentsLT?: number | null | undefined;
  regionCentsLTE?: number | null | undefined;
  regionCentsNEQ?: number | null | undefined;
  regionCentsNotIn?: Array<number> | null | undefined;
  /** requested_on field predicates */
  requestedOn?: string | null | undefined;
  requestedOnGT?: string | null | undefined;
  requestedOnGTE?: string | null | undefined;
  requestedOnIn?: Array<string> | null | undefined;
  requestedOnIsNil?: boolean | null | undefined;
  requestedOnLT?: string | null | undefined;
  requestedOnLTE?: string | null | undefined;
  requestedOnNEQ?: string | null | undefined;
  requestedOnNotIn?: Array<string> | null | undefined;
  requestedOnNotNil?: boolean | null | undefined;
  /** state_cents field predicates */
  stateCents?: number | null | undefined;
  stateCentsGT?: number | null | undefined;
  stateCentsGTE?: number | null | undefined;
  stateCentsIn?: Array<number> | null | undefined;
  stateCentsLT?: number | null | undefined;
  stateCentsLTE?: number | null | undefined;
  stateCentsNEQ?: number | null | undefined;
  stateCentsNotIn?: Array<number> | null | undefined;
  /** status field predicates */
  status?: DisbursementStatus | null | undefined;
  statusIn?: Array<DisbursementStatus> | null | undefined;
  statusNEQ?: DisbursementStatus | null | undefined;
  statusNotIn?: Array<DisbursementStatus> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Values of Document.kind. What the document is. */
export type DocumentKind =
  /** A signed agreement of the aggregation (*convenzione*) or one of its annexes. */
  | 'AGREEMENT'
  /** The frozen PDF of a submitted application. */
  | 'APPLICATION_DOSSIER'
  /** An attachment a call requires of every application (see attachmentCode). */
  | 'ATTACHMENT'
  /** The frozen PDF report of a submitted expense claim, or a digitally signed copy of it. */
  | 'CLAIM_REPORT'
  /** A signed contract or one of its annexes. */
  | 'CONTRACT'
  /** Evidence that a deliverable was delivered, uploaded for one member. */
  | 'EVIDENCE'
  /** The FatturaPA file an invoice was imported from (XML, or signed .p7m). */
  | 'INVOICE_XML'
  /** Any other file, e.g. an annex of an expense claim. */
  | 'OTHER'
  /** A council resolution (*delibera*), e.g. a member's joining the aggregation. */
  | 'RESOLUTION'
  /** The frozen minutes (*verbale*) of a completed review. */
  | 'REVIEW_MINUTES'
  /** The frozen PDF of the Region's decision on a variation. */
  | 'VARIATION_DECISION'
  /** The frozen PDF of a submitted variation request. */
  | 'VARIATION_REQUEST';

/** How to sort a list of Document objects: a field and a direction (ascending by default). */
export type DocumentOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Documents. */
  field: DocumentOrderField;
};

/** The fields a list of Document objects can be sorted by. */
export type DocumentOrderField =
  /** By createdAt: When the record was created. */
  | 'CREATED_AT'
  /** By filename: Original file name. */
  | 'FILENAME'
  /** By kind: What the document is. */
  | 'KIND'
  /** By sizeBytes: Size in bytes. */
  | 'SIZE_BYTES'
  /** By updatedAt: When the record was last changed. */
  | 'UPDATED_AT';

/** Values of Document.signatureKind. Digital signature format of the file, as recognised on upload (the signature itself is not verified). */
export type DocumentSignatureKind =
  /** A signed envelope, .p7m (CAdES). */
  | 'CADES'
  /** Not signed, or no signature recognised. */
  | 'NONE'
  /** A PDF with an embedded signature (PAdES). */
  | 'PADES'
  /** An XML signature (XAdES). */
  | 'XADES';

/** A filter on Document objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type DocumentWhereInput = {
  /** aggregation_id field predicates */
  aggregationID?: string | null | undefined;
  aggregationIDContains?: string | null | undefined;
  aggregationIDContainsFold?: string | null | undefined;
  aggregationIDEqualFold?: string | null | undefined;
  aggregationIDGT?: string | null | undefined;
  aggregationIDGTE?: string | null | undefined;
  aggregationIDHasPrefix?: string | null | undefined;
  aggregationIDHasSuffix?: string | null | undefined;
  aggregationIDIn?: Array<string> | null | undefined;
  aggregationIDIsNil?: boolean | null | undefined;
  aggregationIDLT?: string | null | undefined;
  aggregationIDLTE?: string | null | undefined;
  aggregationIDNEQ?: string | null | undefined;
  aggregationIDNotIn?: Array<string> | null | undefined;
  aggregationIDNotNil?: boolean | null | undefined;
  and?: Array<DocumentWhereInput> | null | undefined;
  /** attachment_code field predicates */
  attachmentCode?: string | null | undefined;
  attachmentCodeContains?: string | null | undefined;
  attachmentCodeContainsFold?: string | null | undefined;
  attachmentCodeEqualFold?: string | null | undefined;
  attachmentCodeGT?: string | null | undefined;
  attachmentCodeGTE?: string | null | undefined;
  attachmentCodeHasPrefix?: string | null | undefined;
  attachmentCodeHasSuffix?: string | null | undefined;
  attachmentCodeIn?: Array<string> | null | undefined;
  attachmentCodeIsNil?: boolean | null | undefined;
  attachmentCodeLT?: string | null | undefined;
  attachmentCodeLTE?: string | null | undefined;
  attachmentCodeNEQ?: string | null | undefined;
  attachmentCodeNotIn?: Array<string> | null | undefined;
  attachmentCodeNotNil?: boolean | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDIsNil?: boolean | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  bodyIDNotNil?: boolean | null | undefined;
  /** content_sha256 field predicates */
  contentSha256?: string | null | undefined;
  contentSha256Contains?: string | null | undefined;
  contentSha256ContainsFold?: string | null | undefined;
  contentSha256EqualFold?: string | null | undefined;
  contentSha256GT?: string | null | undefined;
  contentSha256GTE?: string | null | undefined;
  contentSha256HasPrefix?: string | null | undefined;
  contentSha256HasSuffix?: string | null | undefined;
  contentSha256In?: Array<string> | null | undefined;
  contentSha256IsNil?: boolean | null | undefined;
  contentSha256LT?: string | null | undefined;
  contentSha256LTE?: string | null | undefined;
  contentSha256NEQ?: string | null | undefined;
  contentSha256NotIn?: Array<string> | null | undefined;
  contentSha256NotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** filename field predicates */
  filename?: string | null | undefined;
  filenameContains?: string | null | undefined;
  filenameContainsFold?: string | null | undefined;
  filenameEqualFold?: string | null | undefined;
  filenameGT?: string | null | undefined;
  filenameGTE?: string | null | undefined;
  filenameHasPrefix?: string | null | undefined;
  filenameHasSuffix?: string | null | undefined;
  filenameIn?: Array<string> | null | undefined;
  filenameLT?: string | null | undefined;
  filenameLTE?: string | null | undefined;
  filenameNEQ?: string | null | undefined;
  filenameNotIn?: Array<string> | null | undefined;
  /** frozen field predicates */
  frozen?: boolean | null | undefined;
  frozenNEQ?: boolean | null | undefined;
  /** aggregation edge predicates */
  hasAggregation?: boolean | null | undefined;
  hasAggregationWith?: Array<AggregationWhereInput> | null | undefined;
  /** agreement edge predicates */
  hasAgreement?: boolean | null | undefined;
  hasAgreementWith?: Array<AgreementWhereInput> | null | undefined;
  /** application edge predicates */
  hasApplication?: boolean | null | undefined;
  hasApplicationWith?: Array<ApplicationWhereInput> | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** contract edge predicates */
  hasContract?: boolean | null | undefined;
  hasContractWith?: Array<ContractWhereInput> | null | undefined;
  /** deliverable edge predicates */
  hasDeliverable?: boolean | null | undefined;
  hasDeliverableWith?: Array<DeliverableWhereInput> | null | undefined;
  /** expense_claim edge predicates */
  hasExpenseClaim?: boolean | null | undefined;
  hasExpenseClaimWith?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** invoice edge predicates */
  hasInvoice?: boolean | null | undefined;
  hasInvoiceWith?: Array<InvoiceWhereInput> | null | undefined;
  /** review edge predicates */
  hasReview?: boolean | null | undefined;
  hasReviewWith?: Array<ReviewWhereInput> | null | undefined;
  /** uploaded_by edge predicates */
  hasUploadedBy?: boolean | null | undefined;
  hasUploadedByWith?: Array<UserWhereInput> | null | undefined;
  /** variation edge predicates */
  hasVariation?: boolean | null | undefined;
  hasVariationWith?: Array<VariationWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** kind field predicates */
  kind?: DocumentKind | null | undefined;
  kindIn?: Array<DocumentKind> | null | undefined;
  kindNEQ?: DocumentKind | null | undefined;
  kindNotIn?: Array<DocumentKind> | null | undefined;
  /** mime_type field predicates */
  mimeType?: string | null | undefined;
  mimeTypeContains?: string | null | undefined;
  mimeTypeContainsFold?: string | null | undefined;
  mimeTypeEqualFold?: string | null | undefined;
  mimeTypeGT?: string | null | undefined;
  mimeTypeGTE?: string | null | undefined;
  mimeTypeHasPrefix?: string | null | undefined;
  mimeTypeHasSuffix?: string | null | undefined;
  mimeTypeIn?: Array<string> | null | undefined;
  mimeTypeLT?: string | null | undefined;
  mimeTypeLTE?: string | null | undefined;
  mimeTypeNEQ?: string | null | undefined;
  mimeTypeNotIn?: Array<string> | null | undefined;
  not?: DocumentWhereInput | null | undefined;
  or?: Array<DocumentWhereInput> | null | undefined;
  /** sha256 field predicates */
  sha256?: string | null | undefined;
  sha256Contains?: string | null | undefined;
  sha256ContainsFold?: string | null | undefined;
  sha256EqualFold?: string | null | undefined;
  sha256GT?: string | null | undefined;
  sha256GTE?: string | null | undefined;
  sha256HasPrefix?: string | null | undefined;
  sha256HasSuffix?: string | null | undefined;
  sha256In?: Array<string> | null | undefined;
  sha256LT?: string | null | undefined;
  sha256LTE?: string | null | undefined;
  sha256NEQ?: string | null | undefined;
  sha256NotIn?: Array<string> | null | undefined;
  /** signature_kind field predicates */
  signatureKind?: DocumentSignatureKind | null | undefined;
  signatureKindIn?: Array<DocumentSignatureKind> | null | undefined;
  signatureKindNEQ?: DocumentSignatureKind | null | undefined;
  signatureKindNotIn?: Array<DocumentSignatureKind> | null | undefined;
  /** size_bytes field predicates */
  sizeBytes?: number | null | undefined;
  sizeBytesGT?: number | null | undefined;
  sizeBytesGTE?: number | null | undefined;
  sizeBytesIn?: Array<number> | null | undefined;
  sizeBytesLT?: number | null | undefined;
  sizeBytesLTE?: number | null | undefined;
  sizeBytesNEQ?: number | null | undefined;
  sizeBytesNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** uploaded_by_id field predicates */
  uploadedByID?: string | null | undefined;
  uploadedByIDContains?: string | null | undefined;
  uploadedByIDContainsFold?: string | null | undefined;
  uploadedByIDEqualFold?: string | null | undefined;
  uploadedByIDGT?: string | null | undefined;
  uploadedByIDGTE?: string | null | undefined;
  uploadedByIDHasPrefix?: string | null | undefined;
  uploadedByIDHasSuffix?: string | null | undefined;
  uploadedByIDIn?: Array<string> | null | undefined;
  uploadedByIDIsNil?: boolean | null | undefined;
  uploadedByIDLT?: string | null | undefined;
  uploadedByIDLTE?: string | null | undefined;
  uploadedByIDNEQ?: string | null | undefined;
  uploadedByIDNotIn?: Array<string> | null | undefined;
  uploadedByIDNotNil?: boolean | null | undefined;
};

/** A filter on ExpenseCategory objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ExpenseCategoryWhereInput = {
  and?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** call_id field predicates */
  callID?: string | null | undefined;
  callIDContains?: string | null | undefined;
  callIDContainsFold?: string | null | undefined;
  callIDEqualFold?: string | null | undefined;
  callIDGT?: string | null | undefined;
  callIDGTE?: string | null | undefined;
  callIDHasPrefix?: string | null | undefined;
  callIDHasSuffix?: string | null | undefined;
  callIDIn?: Array<string> | null | undefined;
  callIDLT?: string | null | undefined;
  callIDLTE?: string | null | undefined;
  callIDNEQ?: string | null | undefined;
  callIDNotIn?: Array<string> | null | undefined;
  /** cap_bp field predicates */
  capBp?: number | null | undefined;
  capBpGT?: number | null | undefined;
  capBpGTE?: number | null | undefined;
  capBpIn?: Array<number> | null | undefined;
  capBpIsNil?: boolean | null | undefined;
  capBpLT?: number | null | undefined;
  capBpLTE?: number | null | undefined;
  capBpNEQ?: number | null | undefined;
  capBpNotIn?: Array<number> | null | undefined;
  capBpNotNil?: boolean | null | undefined;
  /** cap_cents field predicates */
  capCents?: number | null | undefined;
  capCentsGT?: number | null | undefined;
  capCentsGTE?: number | null | undefined;
  capCentsIn?: Array<number> | null | undefined;
  capCentsIsNil?: boolean | null | undefined;
  capCentsLT?: number | null | undefined;
  capCentsLTE?: number | null | undefined;
  capCentsNEQ?: number | null | undefined;
  capCentsNotIn?: Array<number> | null | undefined;
  capCentsNotNil?: boolean | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** description field predicates */
  description?: string | null | undefined;
  descriptionContains?: string | null | undefined;
  descriptionContainsFold?: string | null | undefined;
  descriptionEqualFold?: string | null | undefined;
  descriptionGT?: string | null | undefined;
  descriptionGTE?: string | null | undefined;
  descriptionHasPrefix?: string | null | undefined;
  descriptionHasSuffix?: string | null | undefined;
  descriptionIn?: Array<string> | null | undefined;
  descriptionIsNil?: boolean | null | undefined;
  descriptionLT?: string | null | undefined;
  descriptionLTE?: string | null | undefined;
  descriptionNEQ?: string | null | undefined;
  descriptionNotIn?: Array<string> | null | undefined;
  descriptionNotNil?: boolean | null | undefined;
  /** call edge predicates */
  hasCall?: boolean | null | undefined;
  hasCallWith?: Array<CallWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: ExpenseCategoryWhereInput | null | undefined;
  or?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** position field predicates */
  position?: number | null | undefined;
  positionGT?: number | null | undefined;
  positionGTE?: number | null | undefined;
  positionIn?: Array<number> | null | undefined;
  positionLT?: number | null | undefined;
  positionLTE?: number | null | undefined;
  positionNEQ?: number | null | undefined;
  positionNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** vat_eligible field predicates */
  vatEligible?: boolean | null | undefined;
  vatEligibleNEQ?: boolean | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** Period and narrative of an expense claim. */
export type ExpenseClaimInput = {
  /** Narrative report on the period's progress. */
  narrative?: string | null | undefined;
  /** Last day of the reporting period. */
  periodEnd: string;
  /** First day of the reporting period. */
  periodStart: string;
  /** For an update: the claim's version as read; if someone changed the claim since, the update is a CONFLICT (version.stale). Omit to overwrite. */
  version?: number | null | undefined;
};

/** Values of ExpenseClaim.status. Lifecycle: DRAFT → SUBMITTED → UNDER_REVIEW ⇄ CHANGES_REQUESTED → ACCEPTED | PARTIALLY_ACCEPTED | REJECTED. */
export type ExpenseClaimStatus =
  /** Review completed, every expense admitted in full. */
  | 'ACCEPTED'
  /** The auditor sent it back with comments: the lead may change it and submit it again. */
  | 'CHANGES_REQUESTED'
  /** Being prepared by the lead; the Region does not see it. */
  | 'DRAFT'
  /** Review completed with some amounts admitted and some cut. */
  | 'PARTIALLY_ACCEPTED'
  /** Review completed with nothing admitted. */
  | 'REJECTED'
  /** Sent to the Region and frozen (its report PDF is stored with its fingerprint and declarant); waiting for an auditor. */
  | 'SUBMITTED'
  /** An auditor opened a review (*controllo di primo livello*). */
  | 'UNDER_REVIEW';

/** A filter on ExpenseClaim objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ExpenseClaimWhereInput = {
  and?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** declarant_name field predicates */
  declarantName?: string | null | undefined;
  declarantNameContains?: string | null | undefined;
  declarantNameContainsFold?: string | null | undefined;
  declarantNameEqualFold?: string | null | undefined;
  declarantNameGT?: string | null | undefined;
  declarantNameGTE?: string | null | undefined;
  declarantNameHasPrefix?: string | null | undefined;
  declarantNameHasSuffix?: string | null | undefined;
  declarantNameIn?: Array<string> | null | undefined;
  declarantNameIsNil?: boolean | null | undefined;
  declarantNameLT?: string | null | undefined;
  declarantNameLTE?: string | null | undefined;
  declarantNameNEQ?: string | null | undefined;
  declarantNameNotIn?: Array<string> | null | undefined;
  declarantNameNotNil?: boolean | null | undefined;
  /** declarant_role field predicates */
  declarantRole?: string | null | undefined;
  declarantRoleContains?: string | null | undefined;
  declarantRoleContainsFold?: string | null | undefined;
  declarantRoleEqualFold?: string | null | undefined;
  declarantRoleGT?: string | null | undefined;
  declarantRoleGTE?: string | null | undefined;
  declarantRoleHasPrefix?: string | null | undefined;
  declarantRoleHasSuffix?: string | null | undefined;
  declarantRoleIn?: Array<string> | null | undefined;
  declarantRoleIsNil?: boolean | null | undefined;
  declarantRoleLT?: string | null | undefined;
  declarantRoleLTE?: string | null | undefined;
  declarantRoleNEQ?: string | null | undefined;
  declarantRoleNotIn?: Array<string> | null | undefined;
  declarantRoleNotNil?: boolean | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** items edge predicates */
  hasItems?: boolean | null | undefined;
  hasItemsWith?: Array<ExpenseItemWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** reviews edge predicates */
  hasReviews?: boolean | null | undefined;
  hasReviewsWith?: Array<ReviewWhereInput> | null | undefined;
  /** submitted_by edge predicates */
  hasSubmittedBy?: boolean | null | undefined;
  hasSubmittedByWith?: Array<UserWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** narrative field predicates */
  narrative?: string | null | undefined;
  narrativeContains?: string | null | undefined;
  narrativeContainsFold?: string | null | undefined;
  narrativeEqualFold?: string | null | undefined;
  narrativeGT?: string | null | undefined;
  narrativeGTE?: string | null | undefined;
  narrativeHasPrefix?: string | null | undefined;
  narrativeHasSuffix?: string | null | undefined;
  narrativeIn?: Array<string> | null | undefined;
  narrativeIsNil?: boolean | null | undefined;
  narrativeLT?: string | null | undefined;
  narrativeLTE?: string | null | undefined;
  narrativeNEQ?: string | null | undefined;
  narrativeNotIn?: Array<string> | null | undefined;
  narrativeNotNil?: boolean | null | undefined;
  not?: ExpenseClaimWhereInput | null | undefined;
  /** number field predicates */
  number?: number | null | undefined;
  numberGT?: number | null | undefined;
  numberGTE?: number | null | undefined;
  numberIn?: Array<number> | null | undefined;
  numberLT?: number | null | undefined;
  numberLTE?: number | null | undefined;
  numberNEQ?: number | null | undefined;
  numberNotIn?: Array<number> | null | undefined;
  or?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** period_end field predicates */
  periodEnd?: string | null | undefined;
  periodEndGT?: string | null | undefined;
  periodEndGTE?: string | null | undefined;
  periodEndIn?: Array<string> | null | undefined;
  periodEndLT?: string | null | undefined;
  periodEndLTE?: string | null | undefined;
  periodEndNEQ?: string | null | undefined;
  periodEndNotIn?: Array<string> | null | undefined;
  /** period_start field predicates */
  periodStart?: string | null | undefined;
  periodStartGT?: string | null | undefined;
  periodStartGTE?: string | null | undefined;
  periodStartIn?: Array<string> | null | undefined;
  periodStartLT?: string | null | undefined;
  periodStartLTE?: string | null | undefined;
  periodStartNEQ?: string | null | undefined;
  periodStartNotIn?: Array<string> | null | undefined;
  /** plan_version field predicates */
  planVersion?: number | null | undefined;
  planVersionGT?: number | null | undefined;
  planVersionGTE?: number | null | undefined;
  planVersionIn?: Array<number> | null | undefined;
  planVersionIsNil?: boolean | null | undefined;
  planVersionLT?: number | null | undefined;
  planVersionLTE?: number | null | undefined;
  planVersionNEQ?: number | null | undefined;
  planVersionNotIn?: Array<number> | null | undefined;
  planVersionNotNil?: boolean | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** status field predicates */
  status?: ExpenseClaimStatus | null | undefined;
  statusIn?: Array<ExpenseClaimStatus> | null | undefined;
  statusNEQ?: ExpenseClaimStatus | null | undefined;
  statusNotIn?: Array<ExpenseClaimStatus> | null | undefined;
  /** submitted_at field predicates */
  submittedAt?: string | null | undefined;
  submittedAtGT?: string | null | undefined;
  submittedAtGTE?: string | null | undefined;
  submittedAtIn?: Array<string> | null | undefined;
  submittedAtIsNil?: boolean | null | undefined;
  submittedAtLT?: string | null | undefined;
  submittedAtLTE?: string | null | undefined;
  submittedAtNEQ?: string | null | undefined;
  submittedAtNotIn?: Array<string> | null | undefined;
  submittedAtNotNil?: boolean | null | undefined;
  /** submitted_by_id field predicates */
  submittedByID?: string | null | undefined;
  submittedByIDContains?: string | null | undefined;
  submittedByIDContainsFold?: string | null | undefined;
  submittedByIDEqualFold?: string | null | undefined;
  submittedByIDGT?: string | null | undefined;
  submittedByIDGTE?: string | null | undefined;
  submittedByIDHasPrefix?: string | null | undefined;
  submittedByIDHasSuffix?: string | null | undefined;
  submittedByIDIn?: Array<string> | null | undefined;
  submittedByIDIsNil?: boolean | null | undefined;
  submittedByIDLT?: string | null | undefined;
  submittedByIDLTE?: string | null | undefined;
  submittedByIDNEQ?: string | null | undefined;
  submittedByIDNotIn?: Array<string> | null | undefined;
  submittedByIDNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** An auditor's decision on one expense. */
export type ExpenseDecisionInput = {
  /** Amount admitted: from 0 (cut entirely) to the amount claimed. */
  admittedCents: number;
  /** The expense (ExpenseItem) decided. */
  id: string;
  /** Why part of the amount is cut; required when admittedCents is below the amount claimed. */
  reason?: string | null | undefined;
};

/** Values of ExpenseItem.decision. The auditor's decision on the expense. */
export type ExpenseItemDecision =
  /** Admitted in full: admittedCents equals claimedCents. */
  | 'ADMITTED'
  /** Not admitted at all (admittedCents 0), for the reason in cutReason. */
  | 'CUT'
  /** Admitted in part: the rest is cut, for the reason in cutReason. */
  | 'PARTIALLY_ADMITTED'
  /** Not decided yet. */
  | 'PENDING';

/** An expense to claim: one member's share of a paid invoice. */
export type ExpenseItemInput = {
  /** The member whose share is claimed. */
  bodyID: string;
  /** Amount claimed: at most what the member may claim of the invoice (ClaimableShare.claimableCents). */
  claimedCents: number;
  /** The expense category the share is charged to. */
  expenseCategoryID: string;
  /** The intervention line, when tracked by line. */
  interventionLineID?: string | null | undefined;
  /** The paid invoice. */
  invoiceID: string;
};

/** A filter on ExpenseItem objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ExpenseItemWhereInput = {
  /** admitted_cents field predicates */
  admittedCents?: number | null | undefined;
  admittedCentsGT?: number | null | undefined;
  admittedCentsGTE?: number | null | undefined;
  admittedCentsIn?: Array<number> | null | undefined;
  admittedCentsIsNil?: boolean | null | undefined;
  admittedCentsLT?: number | null | undefined;
  admittedCentsLTE?: number | null | undefined;
  admittedCentsNEQ?: number | null | undefined;
  admittedCentsNotIn?: Array<number> | null | undefined;
  admittedCentsNotNil?: boolean | null | undefined;
  and?: Array<ExpenseItemWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** claim_id field predicates */
  claimID?: string | null | undefined;
  claimIDContains?: string | null | undefined;
  claimIDContainsFold?: string | null | undefined;
  claimIDEqualFold?: string | null | undefined;
  claimIDGT?: string | null | undefined;
  claimIDGTE?: string | null | undefined;
  claimIDHasPrefix?: string | null | undefined;
  claimIDHasSuffix?: string | null | undefined;
  claimIDIn?: Array<string> | null | undefined;
  claimIDLT?: string | null | undefined;
  claimIDLTE?: string | null | undefined;
  claimIDNEQ?: string | null | undefined;
  claimIDNotIn?: Array<string> | null | undefined;
  /** claimed_cents field predicates */
  claimedCents?: number | null | undefined;
  claimedCentsGT?: number | null | undefined;
  claimedCentsGTE?: number | null | undefined;
  claimedCentsIn?: Array<number> | null | undefined;
  claimedCentsLT?: number | null | undefined;
  claimedCentsLTE?: number | null | undefined;
  claimedCentsNEQ?: number | null | undefined;
  claimedCentsNotIn?: Array<number> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** cut_reason field predicates */
  cutReason?: string | null | undefined;
  cutReasonContains?: string | null | undefined;
  cutReasonContainsFold?: string | null | undefined;
  cutReasonEqualFold?: string | null | undefined;
  cutReasonGT?: string | null | undefined;
  cutReasonGTE?: string | null | undefined;
  cutReasonHasPrefix?: string | null | undefined;
  cutReasonHasSuffix?: string | null | undefined;
  cutReasonIn?: Array<string> | null | undefined;
  cutReasonIsNil?: boolean | null | undefined;
  cutReasonLT?: string | null | undefined;
  cutReasonLTE?: string | null | undefined;
  cutReasonNEQ?: string | null | undefined;
  cutReasonNotIn?: Array<string> | null | undefined;
  cutReasonNotNil?: boolean | null | undefined;
  /** decision field predicates */
  decision?: ExpenseItemDecision | null | undefined;
  decisionIn?: Array<ExpenseItemDecision> | null | undefined;
  decisionNEQ?: ExpenseItemDecision | null | undefined;
  decisionNotIn?: Array<ExpenseItemDecision> | null | undefined;
  /** expense_category_id field predicates */
  expenseCategoryID?: string | null | undefined;
  expenseCategoryIDContains?: string | null | undefined;
  expenseCategoryIDContainsFold?: string | null | undefined;
  expenseCategoryIDEqualFold?: string | null | undefined;
  expenseCategoryIDGT?: string | null | undefined;
  expenseCategoryIDGTE?: string | null | undefined;
  expenseCategoryIDHasPrefix?: string | null | undefined;
  expenseCategoryIDHasSuffix?: string | null | undefined;
  expenseCategoryIDIn?: Array<string> | null | undefined;
  expenseCategoryIDLT?: string | null | undefined;
  expenseCategoryIDLTE?: string | null | undefined;
  expenseCategoryIDNEQ?: string | null | undefined;
  expenseCategoryIDNotIn?: Array<string> | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** claim edge predicates */
  hasClaim?: boolean | null | undefined;
  hasClaimWith?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** expense_category edge predicates */
  hasExpenseCategory?: boolean | null | undefined;
  hasExpenseCategoryWith?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** intervention_line edge predicates */
  hasInterventionLine?: boolean | null | undefined;
  hasInterventionLineWith?: Array<InterventionLineWhereInput> | null | undefined;
  /** invoice edge predicates */
  hasInvoice?: boolean | null | undefined;
  hasInvoiceWith?: Array<InvoiceWhereInput> | null | undefined;
  /** payment edge predicates */
  hasPayment?: boolean | null | undefined;
  hasPaymentWith?: Array<PaymentWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** intervention_line_id field predicates */
  interventionLineID?: string | null | undefined;
  interventionLineIDContains?: string | null | undefined;
  interventionLineIDContainsFold?: string | null | undefined;
  interventionLineIDEqualFold?: string | null | undefined;
  interventionLineIDGT?: string | null | undefined;
  interventionLineIDGTE?: string | null | undefined;
  interventionLineIDHasPrefix?: string | null | undefined;
  interventionLineIDHasSuffix?: string | null | undefined;
  interventionLineIDIn?: Array<string> | null | undefined;
  interventionLineIDIsNil?: boolean | null | undefined;
  interventionLineIDLT?: string | null | undefined;
  interventionLineIDLTE?: string | null | undefined;
  interventionLineIDNEQ?: string | null | undefined;
  interventionLineIDNotIn?: Array<string> | null | undefined;
  interventionLineIDNotNil?: boolean | null | undefined;
  /** invoice_id field predicates */
  invoiceID?: string | null | undefined;
  invoiceIDContains?: string | null | undefined;
  invoiceIDContainsFold?: string | null | undefined;
  invoiceIDEqualFold?: string | null | undefined;
  invoiceIDGT?: string | null | undefined;
  invoiceIDGTE?: string | null | undefined;
  invoiceIDHasPrefix?: string | null | undefined;
  invoiceIDHasSuffix?: string | null | undefined;
  invoiceIDIn?: Array<string> | null | undefined;
  invoiceIDLT?: string | null | undefined;
  invoiceIDLTE?: string | null | undefined;
  invoiceIDNEQ?: string | null | undefined;
  invoiceIDNotIn?: Array<string> | null | undefined;
  not?: ExpenseItemWhereInput | null | undefined;
  or?: Array<ExpenseItemWhereInput> | null | undefined;
  /** payment_id field predicates */
  paymentID?: string | null | undefined;
  paymentIDContains?: string | null | undefined;
  paymentIDContainsFold?: string | null | undefined;
  paymentIDEqualFold?: string | null | undefined;
  paymentIDGT?: string | null | undefined;
  paymentIDGTE?: string | null | undefined;
  paymentIDHasPrefix?: string | null | undefined;
  paymentIDHasSuffix?: string | null | undefined;
  paymentIDIn?: Array<string> | null | undefined;
  paymentIDIsNil?: boolean | null | undefined;
  paymentIDLT?: string | null | undefined;
  paymentIDLTE?: string | null | undefined;
  paymentIDNEQ?: string | null | undefined;
  paymentIDNotIn?: Array<string> | null | undefined;
  paymentIDNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** The Region's funding decision on an admissible application (fundApplication). */
export type FundApplicationInput = {
  /** Codice Unico di Progetto, 15 characters. */
  cup: string;
  /** Date of the funding decree. */
  decreeDate: string;
  /** Number of the funding decree. */
  decreeNumber: string;
  /** Planned end of the project. */
  endsOn?: string | null | undefined;
  /** Part of the grant from EU funds. When any part is given, EU, State and Region must add up to the grant (rule fund.split). */
  euCents?: number | null | undefined;
  /** Amount granted: positive, and at most what the application requests. */
  grantedCents: number;
  /** Co-financing from the aggregation's own funds, on top of the grant. */
  ownCents?: number | null | undefined;
  /** Part of the grant from regional funds. */
  regionCents?: number | null | undefined;
  /** Start of the project. */
  startsOn?: string | null | undefined;
  /** Part of the grant from State funds. */
  stateCents?: number | null | undefined;
  /** Project title; the application's title when omitted. */
  title?: string | null | undefined;
};

/** A role to grant a user, with the scope the role needs. */
export type GrantRoleInput = {
  /** Aggregation, for LEAD_MANAGER and MEMBER_REFERENT. */
  aggregationID?: string | null | undefined;
  /** Member body, for MEMBER_REFERENT. */
  bodyID?: string | null | undefined;
  /** Region body, for REGION_OFFICER and AUDITOR. */
  regionBodyID?: string | null | undefined;
  /** The role; it decides which of the scope fields below are required. */
  role: RoleAssignmentRole;
  /** The user receiving the role. */
  userID: string;
};

/** Values of GroupingMember.role. The company's role in the grouping. */
export type GroupingMemberRole =
  /** A principal (*mandante*): a member that gave the lead its mandate. */
  | 'MANDANTE'
  /** The lead company (*mandataria*), which acts for the grouping. */
  | 'MANDATARIA';

/** A filter on GroupingMember objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type GroupingMemberWhereInput = {
  and?: Array<GroupingMemberWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** grouping_id field predicates */
  groupingID?: string | null | undefined;
  groupingIDContains?: string | null | undefined;
  groupingIDContainsFold?: string | null | undefined;
  groupingIDEqualFold?: string | null | undefined;
  groupingIDGT?: string | null | undefined;
  groupingIDGTE?: string | null | undefined;
  groupingIDHasPrefix?: string | null | undefined;
  groupingIDHasSuffix?: string | null | undefined;
  groupingIDIn?: Array<string> | null | undefined;
  groupingIDLT?: string | null | undefined;
  groupingIDLTE?: string | null | undefined;
  groupingIDNEQ?: string | null | undefined;
  groupingIDNotIn?: Array<string> | null | undefined;
  /** grouping edge predicates */
  hasGrouping?: boolean | null | undefined;
  hasGroupingWith?: Array<VendorWhereInput> | null | undefined;
  /** member edge predicates */
  hasMember?: boolean | null | undefined;
  hasMemberWith?: Array<VendorWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** member_id field predicates */
  memberID?: string | null | undefined;
  memberIDContains?: string | null | undefined;
  memberIDContainsFold?: string | null | undefined;
  memberIDEqualFold?: string | null | undefined;
  memberIDGT?: string | null | undefined;
  memberIDGTE?: string | null | undefined;
  memberIDHasPrefix?: string | null | undefined;
  memberIDHasSuffix?: string | null | undefined;
  memberIDIn?: Array<string> | null | undefined;
  memberIDLT?: string | null | undefined;
  memberIDLTE?: string | null | undefined;
  memberIDNEQ?: string | null | undefined;
  memberIDNotIn?: Array<string> | null | undefined;
  not?: GroupingMemberWhereInput | null | undefined;
  or?: Array<GroupingMemberWhereInput> | null | undefined;
  /** role field predicates */
  role?: GroupingMemberRole | null | undefined;
  roleIn?: Array<GroupingMemberRole> | null | undefined;
  roleNEQ?: GroupingMemberRole | null | undefined;
  roleNotIn?: Array<GroupingMemberRole> | null | undefined;
  /** share_bp field predicates */
  shareBp?: number | null | undefined;
  shareBpGT?: number | null | undefined;
  shareBpGTE?: number | null | undefined;
  shareBpIn?: Array<number> | null | undefined;
  shareBpIsNil?: boolean | null | undefined;
  shareBpLT?: number | null | undefined;
  shareBpLTE?: number | null | undefined;
  shareBpNEQ?: number | null | undefined;
  shareBpNotIn?: Array<number> | null | undefined;
  shareBpNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A part of an application an integration request reopens. */
export type IntegrationItem =
  /** The attachments the call requires. */
  | 'ATTACHMENTS'
  /** The budget lines. */
  | 'BUDGET'
  /** The aggregation's members. */
  | 'MEMBERS'
  /** The summary and the narrative sections. */
  | 'NARRATIVE';

/** A filter on InterventionLine objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type InterventionLineWhereInput = {
  and?: Array<InterventionLineWhereInput> | null | undefined;
  /** call_id field predicates */
  callID?: string | null | undefined;
  callIDContains?: string | null | undefined;
  callIDContainsFold?: string | null | undefined;
  callIDEqualFold?: string | null | undefined;
  callIDGT?: string | null | undefined;
  callIDGTE?: string | null | undefined;
  callIDHasPrefix?: string | null | undefined;
  callIDHasSuffix?: string | null | undefined;
  callIDIn?: Array<string> | null | undefined;
  callIDLT?: string | null | undefined;
  callIDLTE?: string | null | undefined;
  callIDNEQ?: string | null | undefined;
  callIDNotIn?: Array<string> | null | undefined;
  /** code field predicates */
  code?: string | null | undefined;
  codeContains?: string | null | undefined;
  codeContainsFold?: string | null | undefined;
  codeEqualFold?: string | null | undefined;
  codeGT?: string | null | undefined;
  codeGTE?: string | null | undefined;
  codeHasPrefix?: string | null | undefined;
  codeHasSuffix?: string | null | undefined;
  codeIn?: Array<string> | null | undefined;
  codeLT?: string | null | undefined;
  codeLTE?: string | null | undefined;
  codeNEQ?: string | null | undefined;
  codeNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** description field predicates */
  description?: string | null | undefined;
  descriptionContains?: string | null | undefined;
  descriptionContainsFold?: string | null | undefined;
  descriptionEqualFold?: string | null | undefined;
  descriptionGT?: string | null | undefined;
  descriptionGTE?: string | null | undefined;
  descriptionHasPrefix?: string | null | undefined;
  descriptionHasSuffix?: string | null | undefined;
  descriptionIn?: Array<string> | null | undefined;
  descriptionIsNil?: boolean | null | undefined;
  descriptionLT?: string | null | undefined;
  descriptionLTE?: string | null | undefined;
  descriptionNEQ?: string | null | undefined;
  descriptionNotIn?: Array<string> | null | undefined;
  descriptionNotNil?: boolean | null | undefined;
  /** call edge predicates */
  hasCall?: boolean | null | undefined;
  hasCallWith?: Array<CallWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: InterventionLineWhereInput | null | undefined;
  or?: Array<InterventionLineWhereInput> | null | undefined;
  /** position field predicates */
  position?: number | null | undefined;
  positionGT?: number | null | undefined;
  positionGTE?: number | null | undefined;
  positionIn?: Array<number> | null | undefined;
  positionLT?: number | null | undefined;
  positionLTE?: number | null | undefined;
  positionNEQ?: number | null | undefined;
  positionNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** How to sort a list of Invoice objects: a field and a direction (ascending by default). */
export type InvoiceOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Invoices. */
  field: InvoiceOrderField;
};

/** The fields a list of Invoice objects can be sorted by. */
export type InvoiceOrderField =
  /** By createdAt: When the record was created. */
  | 'CREATED_AT'
  /** By issuedOn: Invoice date. */
  | 'ISSUED_ON'
  /** By number: Invoice number. */
  | 'NUMBER'
  /** By supplierName: Supplier's name as written on the invoice. */
  | 'SUPPLIER_NAME'
  /** By totalCents: Document total (ImportoTotaleDocumento), stamp duty included when charged. In euro cents, at most 100.000.000.000 (one billion euro). */
  | 'TOTAL'
  /** By updatedAt: When the record was last changed. */
  | 'UPDATED_AT';

/** A filter on InvoiceShare objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type InvoiceShareWhereInput = {
  /** amount_cents field predicates */
  amountCents?: number | null | undefined;
  amountCentsGT?: number | null | undefined;
  amountCentsGTE?: number | null | undefined;
  amountCentsIn?: Array<number> | null | undefined;
  amountCentsLT?: number | null | undefined;
  amountCentsLTE?: number | null | undefined;
  amountCentsNEQ?: number | null | undefined;
  amountCentsNotIn?: Array<number> | null | undefined;
  and?: Array<InvoiceShareWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** expense_category_id field predicates */
  expenseCategoryID?: string | null | undefined;
  expenseCategoryIDContains?: string | null | undefined;
  expenseCategoryIDContainsFold?: string | null | undefined;
  expenseCategoryIDEqualFold?: string | null | undefined;
  expenseCategoryIDGT?: string | null | undefined;
  expenseCategoryIDGTE?: string | null | undefined;
  expenseCategoryIDHasPrefix?: string | null | undefined;
  expenseCategoryIDHasSuffix?: string | null | undefined;
  expenseCategoryIDIn?: Array<string> | null | undefined;
  expenseCategoryIDIsNil?: boolean | null | undefined;
  expenseCategoryIDLT?: string | null | undefined;
  expenseCategoryIDLTE?: string | null | undefined;
  expenseCategoryIDNEQ?: string | null | undefined;
  expenseCategoryIDNotIn?: Array<string> | null | undefined;
  expenseCategoryIDNotNil?: boolean | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** expense_category edge predicates */
  hasExpenseCategory?: boolean | null | undefined;
  hasExpenseCategoryWith?: Array<ExpenseCategoryWhereInput> | null | undefined;
  /** invoice edge predicates */
  hasInvoice?: boolean | null | undefined;
  hasInvoiceWith?: Array<InvoiceWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** invoice_id field predicates */
  invoiceID?: string | null | undefined;
  invoiceIDContains?: string | null | undefined;
  invoiceIDContainsFold?: string | null | undefined;
  invoiceIDEqualFold?: string | null | undefined;
  invoiceIDGT?: string | null | undefined;
  invoiceIDGTE?: string | null | undefined;
  invoiceIDHasPrefix?: string | null | undefined;
  invoiceIDHasSuffix?: string | null | undefined;
  invoiceIDIn?: Array<string> | null | undefined;
  invoiceIDLT?: string | null | undefined;
  invoiceIDLTE?: string | null | undefined;
  invoiceIDNEQ?: string | null | undefined;
  invoiceIDNotIn?: Array<string> | null | undefined;
  not?: InvoiceShareWhereInput | null | undefined;
  or?: Array<InvoiceShareWhereInput> | null | undefined;
  /** paid_cents field predicates */
  paidCents?: number | null | undefined;
  paidCentsGT?: number | null | undefined;
  paidCentsGTE?: number | null | undefined;
  paidCentsIn?: Array<number> | null | undefined;
  paidCentsLT?: number | null | undefined;
  paidCentsLTE?: number | null | undefined;
  paidCentsNEQ?: number | null | undefined;
  paidCentsNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A filter on Invoice objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type InvoiceWhereInput = {
  and?: Array<InvoiceWhereInput> | null | undefined;
  /** buyer_body_id field predicates */
  buyerBodyID?: string | null | undefined;
  buyerBodyIDContains?: string | null | undefined;
  buyerBodyIDContainsFold?: string | null | undefined;
  buyerBodyIDEqualFold?: string | null | undefined;
  buyerBodyIDGT?: string | null | undefined;
  buyerBodyIDGTE?: string | null | undefined;
  buyerBodyIDHasPrefix?: string | null | undefined;
  buyerBodyIDHasSuffix?: string | null | undefined;
  buyerBodyIDIn?: Array<string> | null | undefined;
  buyerBodyIDIsNil?: boolean | null | undefined;
  buyerBodyIDLT?: string | null | undefined;
  buyerBodyIDLTE?: string | null | undefined;
  buyerBodyIDNEQ?: string | null | undefined;
  buyerBodyIDNotIn?: Array<string> | null | undefined;
  buyerBodyIDNotNil?: boolean | null | undefined;
  /** buyer_codice_fiscale field predicates */
  buyerCodiceFiscale?: string | null | undefined;
  buyerCodiceFiscaleContains?: string | null | undefined;
  buyerCodiceFiscaleContainsFold?: string | null | undefined;
  buyerCodiceFiscaleEqualFold?: string | null | undefined;
  buyerCodiceFiscaleGT?: string | null | undefined;
  buyerCodiceFiscaleGTE?: string | null | undefined;
  buyerCodiceFiscaleHasPrefix?: string | null | undefined;
  buyerCodiceFiscaleHasSuffix?: string | null | undefined;
  buyerCodiceFiscaleIn?: Array<string> | null | undefined;
  buyerCodiceFiscaleIsNil?: boolean | null | undefined;
  buyerCodiceFiscaleLT?: string | null | undefined;
  buyerCodiceFiscaleLTE?: string | null | undefined;
  buyerCodiceFiscaleNEQ?: string | null | undefined;
  buyerCodiceFiscaleNotIn?: Array<string> | null | undefined;
  buyerCodiceFiscaleNotNil?: boolean | null | undefined;
  /** buyer_office_code field predicates */
  buyerOfficeCode?: string | null | undefined;
  buyerOfficeCodeContains?: string | null | undefined;
  buyerOfficeCodeContainsFold?: string | null | undefined;
  buyerOfficeCodeEqualFold?: string | null | undefined;
  buyerOfficeCodeGT?: string | null | undefined;
  buyerOfficeCodeGTE?: string | null | undefined;
  buyerOfficeCodeHasPrefix?: string | null | undefined;
  buyerOfficeCodeHasSuffix?: string | null | undefined;
  buyerOfficeCodeIn?: Array<string> | null | undefined;
  buyerOfficeCodeIsNil?: boolean | null | undefined;
  buyerOfficeCodeLT?: string | null | undefined;
  buyerOfficeCodeLTE?: string | null | undefined;
  buyerOfficeCodeNEQ?: string | null | undefined;
  buyerOfficeCodeNotIn?: Array<string> | null | undefined;
  buyerOfficeCodeNotNil?: boolean | null | undefined;
  /** cig field predicates */
  cig?: string | null | undefined;
  cigContains?: string | null | undefined;
  cigContainsFold?: string | null | undefined;
  cigEqualFold?: string | null | undefined;
  cigGT?: string | null | undefined;
  cigGTE?: string | null | undefined;
  cigHasPrefix?: string | null | undefined;
  cigHasSuffix?: string | null | undefined;
  cigIn?: Array<string> | null | undefined;
  cigIsNil?: boolean | null | undefined;
  cigLT?: string | null | undefined;
  cigLTE?: string | null | undefined;
  cigNEQ?: string | null | undefined;
  cigNotIn?: Array<string> | null | undefined;
  cigNotNil?: boolean | null | undefined;
  /** contract_id field predicates */
  contractID?: string | null | undefined;
  contractIDContains?: string | null | undefined;
  contractIDContainsFold?: string | null | undefined;
  contractIDEqualFold?: string | null | undefined;
  contractIDGT?: string | null | undefined;
  contractIDGTE?: string | null | undefined;
  contractIDHasPrefix?: string | null | undefined;
  contractIDHasSuffix?: string | null | undefined;
  contractIDIn?: Array<string> | null | undefined;
  contractIDIsNil?: boolean | null | undefined;
  contractIDLT?: string | null | undefined;
  contractIDLTE?: string | null | undefined;
  contractIDNEQ?: string | null | undefined;
  contractIDNotIn?: Array<string> | null | undefined;
  contractIDNotNil?: boolean | null | undefined;
  /** conversion_act field predicates */
  conversionAct?: string | null | undefined;
  conversionActContains?: string | null | undefined;
  conversionActContainsFold?: string | null | undefined;
  conversionActEqualFold?: string | null | undefined;
  conversionActGT?: string | null | undefined;
  conversionActGTE?: string | null | undefined;
  conversionActHasPrefix?: string | null | undefined;
  conversionActHasSuffix?: string | null | undefined;
  conversionActIn?: Array<string> | null | undefined;
  conversionActIsNil?: boolean | null | undefined;
  conversionActLT?: string | null | undefined;
  conversionActLTE?: string | null | undefined;
  conversionActNEQ?: string | null | undefined;
  conversionActNotIn?: Array<string> | null | undefined;
  conversionActNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** credited_invoice_id field predicates */
  creditedInvoiceID?: string | null | undefined;
  creditedInvoiceIDContains?: string | null | undefined;
  creditedInvoiceIDContainsFold?: string | null | undefined;
  creditedInvoiceIDEqualFold?: string | null | undefined;
  creditedInvoiceIDGT?: string | null | undefined;
  creditedInvoiceIDGTE?: string | null | undefined;
  creditedInvoiceIDHasPrefix?: string | null | undefined;
  creditedInvoiceIDHasSuffix?: string | null | undefined;
  creditedInvoiceIDIn?: Array<string> | null | undefined;
  creditedInvoiceIDIsNil?: boolean | null | undefined;
  creditedInvoiceIDLT?: string | null | undefined;
  creditedInvoiceIDLTE?: string | null | undefined;
  creditedInvoiceIDNEQ?: string | null | undefined;
  creditedInvoiceIDNotIn?: Array<string> | null | undefined;
  creditedInvoiceIDNotNil?: boolean | null | undefined;
  /** credited_taxable_cents field predicates */
  creditedTaxableCents?: number | null | undefined;
  creditedTaxableCentsGT?: number | null | undefined;
  creditedTaxableCentsGTE?: number | null | undefined;
  creditedTaxableCentsIn?: Array<number> | null | undefined;
  creditedTaxableCentsLT?: number | null | undefined;
  creditedTaxableCentsLTE?: number | null | undefined;
  creditedTaxableCentsNEQ?: number | null | undefined;
  creditedTaxableCentsNotIn?: Array<number> | null | undefined;
  /** credited_vat_cents field predicates */
  creditedVatCents?: number | null | undefined;
  creditedVatCentsGT?: number | null | undefined;
  creditedVatCentsGTE?: number | null | undefined;
  creditedVatCentsIn?: Array<number> | null | undefined;
  creditedVatCentsLT?: number | null | undefined;
  creditedVatCentsLTE?: number | null | undefined;
  creditedVatCentsNEQ?: number | null | undefined;
  creditedVatCentsNotIn?: Array<number> | null | undefined;
  /** cup field predicates */
  cup?: string | null | undefined;
  cupContains?: string | null | undefined;
  cupContainsFold?: string | null | undefined;
  cupEqualFold?: string | null | undefined;
  cupGT?: string | null | undefined;
  cupGTE?: string | null | undefined;
  cupHasPrefix?: string | null | undefined;
  cupHasSuffix?: string | null | undefined;
  cupIn?: Array<string> | null | undefined;
  cupIsNil?: boolean | null | undefined;
  cupLT?: string | null | undefined;
  cupLTE?: string | null | undefined;
  cupNEQ?: string | null | undefined;
  cupNotIn?: Array<string> | null | undefined;
  cupNotNil?: boolean | null | undefined;
  /** currency field predicates */
  currency?: string | null | undefined;
  currencyContains?: string | null | undefined;
  currencyContainsFold?: string | null | undefined;
  currencyEqualFold?: string | null | undefined;
  currencyGT?: string | null | undefined;
  currencyGTE?: string | null | undefined;
  currencyHasPrefix?: string | null | undefined;
  currencyHasSuffix?: string | null | undefined;
  currencyIn?: Array<string> | null | undefined;
  currencyLT?: string | null | undefined;
  currencyLTE?: string | null | undefined;
  currencyNEQ?: string | null | undefined;
  currencyNotIn?: Array<string> | null | undefined;
  /** document_type field predicates */
  documentType?: string | null | undefined;
  documentTypeContains?: string | null | undefined;
  documentTypeContainsFold?: string | null | undefined;
  documentTypeEqualFold?: string | null | undefined;
  documentTypeGT?: string | null | undefined;
  documentTypeGTE?: string | null | undefined;
  documentTypeHasPrefix?: string | null | undefined;
  documentTypeHasSuffix?: string | null | undefined;
  documentTypeIn?: Array<string> | null | undefined;
  documentTypeLT?: string | null | undefined;
  documentTypeLTE?: string | null | undefined;
  documentTypeNEQ?: string | null | undefined;
  documentTypeNotIn?: Array<string> | null | undefined;
  /** due_on field predicates */
  dueOn?: string | null | undefined;
  dueOnGT?: string | null | undefined;
  dueOnGTE?: string | null | undefined;
  dueOnIn?: Array<string> | null | undefined;
  dueOnIsNil?: boolean | null | undefined;
  dueOnLT?: string | null | undefined;
  dueOnLTE?: string | null | undefined;
  dueOnNEQ?: string | null | undefined;
  dueOnNotIn?: Array<string> | null | undefined;
  dueOnNotNil?: boolean | null | undefined;
  /** foreign_total_cents field predicates */
  foreignTotalCents?: number | null | undefined;
  foreignTotalCentsGT?: number | null | undefined;
  foreignTotalCentsGTE?: number | null | undefined;
  foreignTotalCentsIn?: Array<number> | null | undefined;
  foreignTotalCentsIsNil?: boolean | null | undefined;
  foreignTotalCentsLT?: number | null | undefined;
  foreignTotalCentsLTE?: number | null | undefined;
  foreignTotalCentsNEQ?: number | null | undefined;
  foreignTotalCentsNotIn?: Array<number> | null | undefined;
  foreignTotalCentsNotNil?: boolean | null | undefined;
  /** buyer_body edge predicates */
  hasBuyerBody?: boolean | null | undefined;
  hasBuyerBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** contract edge predicates */
  hasContract?: boolean | null | undefined;
  hasContractWith?: Array<ContractWhereInput> | null | undefined;
  /** credited_invoice edge predicates */
  hasCreditedInvoice?: boolean | null | undefined;
  hasCreditedInvoiceWith?: Array<InvoiceWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** payments edge predicates */
  hasPayments?: boolean | null | undefined;
  hasPaymentsWith?: Array<PaymentWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** shares edge predicates */
  hasShares?: boolean | null | undefined;
  hasSharesWith?: Array<InvoiceShareWhereInput> | null | undefined;
  /** vendor edge predicates */
  hasVendor?: boolean | null | undefined;
  hasVendorWith?: Array<VendorWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** issued_on field predicates */
  issuedOn?: string | null | undefined;
  issuedOnGT?: string | null | undefined;
  issuedOnGTE?: string | null | undefined;
  issuedOnIn?: Array<string> | null | undefined;
  issuedOnLT?: string | null | undefined;
  issuedOnLTE?: string | null | undefined;
  issuedOnNEQ?: string | null | undefined;
  issuedOnNotIn?: Array<string> | null | undefined;
  not?: InvoiceWhereInput | null | undefined;
  /** number field predicates */
  number?: string | null | undefined;
  numberContains?: string | null | undefined;
  numberContainsFold?: string | null | undefined;
  numberEqualFold?: string | null | undefined;
  numberGT?: string | null | undefined;
  numberGTE?: string | null | undefined;
  numberHasPrefix?: string | null | undefined;
  numberHasSuffix?: string | null | undefined;
  numberIn?: Array<string> | null | undefined;
  numberLT?: string | null | undefined;
  numberLTE?: string | null | undefined;
  numberNEQ?: string | null | undefined;
  numberNotIn?: Array<string> | null | undefined;
  or?: Array<InvoiceWhereInput> | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** split_payment field predicates */
  splitPayment?: boolean | null | undefined;
  splitPaymentNEQ?: boolean | null | undefined;
  /** stamp_duty_cents field predicates */
  stampDutyCents?: number | null | undefined;
  stampDutyCentsGT?: number | null | undefined;
  stampDutyCentsGTE?: number | null | undefined;
  stampDutyCentsIn?: Array<number> | null | undefined;
  stampDutyCentsLT?: number | null | undefined;
  stampDutyCentsLTE?: number | null | undefined;
  stampDutyCentsNEQ?: number | null | undefined;
  stampDutyCentsNotIn?: Array<number> | null | undefined;
  /** supplier_name field predicates */
  supplierName?: string | null | undefined;
  supplierNameContains?: string | null | undefined;
  supplierNameContainsFold?: string | null | undefined;
  supplierNameEqualFold?: string | null | undefined;
  supplierNameGT?: string | null | undefined;
  supplierNameGTE?: string | null | undefined;
  supplierNameHasPrefix?: string | null | undefined;
  supplierNameHasSuffix?: string | null | undefined;
  supplierNameIn?: Array<string> | null | undefined;
  supplierNameIsNil?: boolean | null | undefined;
  supplierNameLT?: string | null | undefined;
  supplierNameLTE?: string | null | undefined;
  supplierNameNEQ?: string | null | undefined;
  supplierNameNotIn?: Array<string> | null | undefined;
  supplierNameNotNil?: boolean | null | undefined;
  /** supplier_vat_id field predicates */
  supplierVatID?: string | null | undefined;
  supplierVatIDContains?: string | null | undefined;
  supplierVatIDContainsFold?: string | null | undefined;
  supplierVatIDEqualFold?: string | null | undefined;
  supplierVatIDGT?: string | null | undefined;
  supplierVatIDGTE?: string | null | undefined;
  supplierVatIDHasPrefix?: string | null | undefined;
  supplierVatIDHasSuffix?: string | null | undefined;
  supplierVatIDIn?: Array<string> | null | undefined;
  supplierVatIDLT?: string | null | undefined;
  supplierVatIDLTE?: string | null | undefined;
  supplierVatIDNEQ?: string | null | undefined;
  supplierVatIDNotIn?: Array<string> | null | undefined;
  /** taxable_cents field predicates */
  taxableCents?: number | null | undefined;
  taxableCentsGT?: number | null | undefined;
  taxableCentsGTE?: number | null | undefined;
  taxableCentsIn?: Array<number> | null | undefined;
  taxableCentsLT?: number | null | undefined;
  taxableCentsLTE?: number | null | undefined;
  taxableCentsNEQ?: number | null | undefined;
  taxableCentsNotIn?: Array<number> | null | undefined;
  /** total_cents field predicates */
  totalCents?: number | null | undefined;
  totalCentsGT?: number | null | undefined;
  totalCentsGTE?: number | null | undefined;
  totalCentsIn?: Array<number> | null | undefined;
  totalCentsLT?: number | null | undefined;
  totalCentsLTE?: number | null | undefined;
  totalCentsNEQ?: number | null | undefined;
  totalCentsNotIn?: Array<number> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** vat_cents field predicates */
  vatCents?: number | null | undefined;
  vatCentsGT?: number | null | undefined;
  vatCentsGTE?: number | null | undefined;
  vatCentsIn?: Array<number> | null | undefined;
  vatCentsLT?: number | null | undefined;
  vatCentsLTE?: number | null | undefined;
  vatCentsNEQ?: number | null | undefined;
  vatCentsNotIn?: Array<number> | null | undefined;
  /** vendor_id field predicates */
  vendorID?: string | null | undefined;
  vendorIDContains?: string | null | undefined;
  vendorIDContainsFold?: string | null | undefined;
  vendorIDEqualFold?: string | null | undefined;
  vendorIDGT?: string | null | undefined;
  vendorIDGTE?: string | null | undefined;
  vendorIDHasPrefix?: string | null | undefined;
  vendorIDHasSuffix?: string | null | undefined;
  vendorIDIn?: Array<string> | null | undefined;
  vendorIDIsNil?: boolean | null | undefined;
  vendorIDLT?: string | null | undefined;
  vendorIDLTE?: string | null | undefined;
  vendorIDNEQ?: string | null | undefined;
  vendorIDNotIn?: Array<string> | null | undefined;
  vendorIDNotNil?: boolean | null | undefined;
  /** withholding_cents field predicates */
  withholdingCents?: number | null | undefined;
  withholdingCentsGT?: number | null | undefined;
  withholdingCentsGTE?: number | null | undefined;
  withholdingCentsIn?: Array<number> | null | undefined;
  withholdingCentsLT?: number | null | undefined;
  withholdingCentsLTE?: number | null | undefined;
  withholdingCentsNEQ?: number | null | undefined;
  withholdingCentsNotIn?: Array<number> | null | undefined;
};

/** A filter on Lot objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type LotWhereInput = {
  and?: Array<LotWhereInput> | null | undefined;
  /** award_cents field predicates */
  awardCents?: number | null | undefined;
  awardCentsGT?: number | null | undefined;
  awardCentsGTE?: number | null | undefined;
  awardCentsIn?: Array<number> | null | undefined;
  awardCentsIsNil?: boolean | null | undefined;
  awardCentsLT?: number | null | undefined;
  awardCentsLTE?: number | null | undefined;
  awardCentsNEQ?: number | null | undefined;
  awardCentsNotIn?: Array<number> | null | undefined;
  awardCentsNotNil?: boolean | null | undefined;
  /** awarded_on field predicates */
  awardedOn?: string | null | undefined;
  awardedOnGT?: string | null | undefined;
  awardedOnGTE?: string | null | undefined;
  awardedOnIn?: Array<string> | null | undefined;
  awardedOnIsNil?: boolean | null | undefined;
  awardedOnLT?: string | null | undefined;
  awardedOnLTE?: string | null | undefined;
  awardedOnNEQ?: string | null | undefined;
  awardedOnNotIn?: Array<string> | null | undefined;
  awardedOnNotNil?: boolean | null | undefined;
  /** awarded_vendor_id field predicates */
  awardedVendorID?: string | null | undefined;
  awardedVendorIDContains?: string | null | undefined;
  awardedVendorIDContainsFold?: string | null | undefined;
  awardedVendorIDEqualFold?: string | null | undefined;
  awardedVendorIDGT?: string | null | undefined;
  awardedVendorIDGTE?: string | null | undefined;
  awardedVendorIDHasPrefix?: string | null | undefined;
  awardedVendorIDHasSuffix?: string | null | undefined;
  awardedVendorIDIn?: Array<string> | null | undefined;
  awardedVendorIDIsNil?: boolean | null | undefined;
  awardedVendorIDLT?: string | null | undefined;
  awardedVendorIDLTE?: string | null | undefined;
  awardedVendorIDNEQ?: string | null | undefined;
  awardedVendorIDNotIn?: Array<string> | null | undefined;
  awardedVendorIDNotNil?: boolean | null | undefined;
  /** base_cents field predicates */
  baseCents?: number | null | undefined;
  baseCentsGT?: number | null | undefined;
  baseCentsGTE?: number | null | undefined;
  baseCentsIn?: Array<number> | null | undefined;
  baseCentsLT?: number | null | undefined;
  baseCentsLTE?: number | null | undefined;
  baseCentsNEQ?: number | null | undefined;
  baseCentsNotIn?: Array<number> | null | undefined;
  /** cig field predicates */
  cig?: string | null | undefined;
  cigContains?: string | null | undefined;
  cigContainsFold?: string | null | undefined;
  cigEqualFold?: string | null | undefined;
  cigGT?: string | null | undefined;
  cigGTE?: string | null | undefined;
  cigHasPrefix?: string | null | undefined;
  cigHasSuffix?: string | null | undefined;
  cigIn?: Array<string> | null | undefined;
  cigLT?: string | null | undefined;
  cigLTE?: string | null | undefined;
  cigNEQ?: string | null | undefined;
  cigNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** awarded_vendor edge predicates */
  hasAwardedVendor?: boolean | null | undefined;
  hasAwardedVendorWith?: Array<VendorWhereInput> | null | undefined;
  /** bidders edge predicates */
  hasBidders?: boolean | null | undefined;
  hasBiddersWith?: Array<VendorWhereInput> | null | undefined;
  /** contracts edge predicates */
  hasContracts?: boolean | null | undefined;
  hasContractsWith?: Array<ContractWhereInput> | null | undefined;
  /** invited_vendors edge predicates */
  hasInvitedVendors?: boolean | null | undefined;
  hasInvitedVendorsWith?: Array<VendorWhereInput> | null | undefined;
  /** procurement edge predicates */
  hasProcurement?: boolean | null | undefined;
  hasProcurementWith?: Array<ProcurementWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** legacy_cig_acknowledged field predicates */
  legacyCigAcknowledged?: boolean | null | undefined;
  legacyCigAcknowledgedNEQ?: boolean | null | undefined;
  not?: LotWhereInput | null | undefined;
  /** number field predicates */
  number?: number | null | undefined;
  numberGT?: number | null | undefined;
  numberGTE?: number | null | undefined;
  numberIn?: Array<number> | null | undefined;
  numberLT?: number | null | undefined;
  numberLTE?: number | null | undefined;
  numberNEQ?: number | null | undefined;
  numberNotIn?: Array<number> | null | undefined;
  or?: Array<LotWhereInput> | null | undefined;
  /** procurement_id field predicates */
  procurementID?: string | null | undefined;
  procurementIDContains?: string | null | undefined;
  procurementIDContainsFold?: string | null | undefined;
  procurementIDEqualFold?: string | null | undefined;
  procurementIDGT?: string | null | undefined;
  procurementIDGTE?: string | null | undefined;
  procurementIDHasPrefix?: string | null | undefined;
  procurementIDHasSuffix?: string | null | undefined;
  procurementIDIn?: Array<string> | null | undefined;
  procurementIDLT?: string | null | undefined;
  procurementIDLTE?: string | null | undefined;
  procurementIDNEQ?: string | null | undefined;
  procurementIDNotIn?: Array<string> | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A correction of the codes by which a member body is recognised on invoices. */
export type MemberBodyCodesInput = {
  /** Codice fiscale of the body: 11 digits with check digit (e.g. 00360140446). Empty to clear it; omitted to leave it. */
  codiceFiscale?: string | null | undefined;
  /** Codici univoci ufficio of the body's e-invoicing offices (IPA, 6 characters, e.g. UFQKV2): the CodiceDestinatario of its invoices. Replaces the list; omitted to leave it. */
  invoicingOfficeCodes?: Array<string> | null | undefined;
};

/** Values of Membership.resolutionOrgan. Organ that adopted the resolution. */
export type MembershipResolutionOrgan =
  /** The council (*consiglio comunale* or of the union). */
  | 'CONSIGLIO'
  /** The executive (*giunta*: the mayor and the assessori). */
  | 'GIUNTA';

/** Values of Membership.role. The body's part in the aggregation. */
export type MembershipRole =
  /** The lead body (*ente capofila*): it applies, runs the procurement, pays the invoices and reports for all. */
  | 'LEAD'
  /** A member body: it receives its share of the money and of the deliverables. */
  | 'MEMBER';

/** A filter on Membership objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type MembershipWhereInput = {
  /** aggregation_id field predicates */
  aggregationID?: string | null | undefined;
  aggregationIDContains?: string | null | undefined;
  aggregationIDContainsFold?: string | null | undefined;
  aggregationIDEqualFold?: string | null | undefined;
  aggregationIDGT?: string | null | undefined;
  aggregationIDGTE?: string | null | undefined;
  aggregationIDHasPrefix?: string | null | undefined;
  aggregationIDHasSuffix?: string | null | undefined;
  aggregationIDIn?: Array<string> | null | undefined;
  aggregationIDLT?: string | null | undefined;
  aggregationIDLTE?: string | null | undefined;
  aggregationIDNEQ?: string | null | undefined;
  aggregationIDNotIn?: Array<string> | null | undefined;
  and?: Array<MembershipWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** aggregation edge predicates */
  hasAggregation?: boolean | null | undefined;
  hasAggregationWith?: Array<AggregationWhereInput> | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** joined_on field predicates */
  joinedOn?: string | null | undefined;
  joinedOnGT?: string | null | undefined;
  joinedOnGTE?: string | null | undefined;
  joinedOnIn?: Array<string> | null | undefined;
  joinedOnIsNil?: boolean | null | undefined;
  joinedOnLT?: string | null | undefined;
  joinedOnLTE?: string | null | undefined;
  joinedOnNEQ?: string | null | undefined;
  joinedOnNotIn?: Array<string> | null | undefined;
  joinedOnNotNil?: boolean | null | undefined;
  /** left_on field predicates */
  leftOn?: string | null | undefined;
  leftOnGT?: string | null | undefined;
  leftOnGTE?: string | null | undefined;
  leftOnIn?: Array<string> | null | undefined;
  leftOnIsNil?: boolean | null | undefined;
  leftOnLT?: string | null | undefined;
  leftOnLTE?: string | null | undefined;
  leftOnNEQ?: string | null | undefined;
  leftOnNotIn?: Array<string> | null | undefined;
  leftOnNotNil?: boolean | null | undefined;
  not?: MembershipWhereInput | null | undefined;
  or?: Array<MembershipWhereInput> | null | undefined;
  /** resolution_date field predicates */
  resolutionDate?: string | null | undefined;
  resolutionDateGT?: string | null | undefined;
  resolutionDateGTE?: string | null | undefined;
  resolutionDateIn?: Array<string> | null | undefined;
  resolutionDateIsNil?: boolean | null | undefined;
  resolutionDateLT?: string | null | undefined;
  resolutionDateLTE?: string | null | undefined;
  resolutionDateNEQ?: string | null | undefined;
  resolutionDateNotIn?: Array<string> | null | undefined;
  resolutionDateNotNil?: boolean | null | undefined;
  /** resolution_number field predicates */
  resolutionNumber?: string | null | undefined;
  resolutionNumberContains?: string | null | undefined;
  resolutionNumberContainsFold?: string | null | undefined;
  resolutionNumberEqualFold?: string | null | undefined;
  resolutionNumberGT?: string | null | undefined;
  resolutionNumberGTE?: string | null | undefined;
  resolutionNumberHasPrefix?: string | null | undefined;
  resolutionNumberHasSuffix?: string | null | undefined;
  resolutionNumberIn?: Array<string> | null | undefined;
  resolutionNumberIsNil?: boolean | null | undefined;
  resolutionNumberLT?: string | null | undefined;
  resolutionNumberLTE?: string | null | undefined;
  resolutionNumberNEQ?: string | null | undefined;
  resolutionNumberNotIn?: Array<string> | null | undefined;
  resolutionNumberNotNil?: boolean | null | undefined;
  /** resolution_organ field predicates */
  resolutionOrgan?: MembershipResolutionOrgan | null | undefined;
  resolutionOrganIn?: Array<MembershipResolutionOrgan> | null | undefined;
  resolutionOrganIsNil?: boolean | null | undefined;
  resolutionOrganNEQ?: MembershipResolutionOrgan | null | undefined;
  resolutionOrganNotIn?: Array<MembershipResolutionOrgan> | null | undefined;
  resolutionOrganNotNil?: boolean | null | undefined;
  /** role field predicates */
  role?: MembershipRole | null | undefined;
  roleIn?: Array<MembershipRole> | null | undefined;
  roleNEQ?: MembershipRole | null | undefined;
  roleNotIn?: Array<MembershipRole> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** Values of Milestone.kind. What kind of event it is. */
export type MilestoneKind =
  /** A deadline of the call or of the project plan (*cronoprogramma*). */
  | 'DEADLINE'
  /** A meeting of the members, e.g. a steering committee. */
  | 'MEETING'
  /** Any other event. */
  | 'OTHER'
  /** A reporting date: an expense claim is due. */
  | 'REPORTING'
  /** A training session for the members' staff. */
  | 'TRAINING';

/** A filter on Milestone objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type MilestoneWhereInput = {
  and?: Array<MilestoneWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** done_on field predicates */
  doneOn?: string | null | undefined;
  doneOnGT?: string | null | undefined;
  doneOnGTE?: string | null | undefined;
  doneOnIn?: Array<string> | null | undefined;
  doneOnIsNil?: boolean | null | undefined;
  doneOnLT?: string | null | undefined;
  doneOnLTE?: string | null | undefined;
  doneOnNEQ?: string | null | undefined;
  doneOnNotIn?: Array<string> | null | undefined;
  doneOnNotNil?: boolean | null | undefined;
  /** due_on field predicates */
  dueOn?: string | null | undefined;
  dueOnGT?: string | null | undefined;
  dueOnGTE?: string | null | undefined;
  dueOnIn?: Array<string> | null | undefined;
  dueOnLT?: string | null | undefined;
  dueOnLTE?: string | null | undefined;
  dueOnNEQ?: string | null | undefined;
  dueOnNotIn?: Array<string> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** kind field predicates */
  kind?: MilestoneKind | null | undefined;
  kindIn?: Array<MilestoneKind> | null | undefined;
  kindNEQ?: MilestoneKind | null | undefined;
  kindNotIn?: Array<MilestoneKind> | null | undefined;
  /** location field predicates */
  location?: string | null | undefined;
  locationContains?: string | null | undefined;
  locationContainsFold?: string | null | undefined;
  locationEqualFold?: string | null | undefined;
  locationGT?: string | null | undefined;
  locationGTE?: string | null | undefined;
  locationHasPrefix?: string | null | undefined;
  locationHasSuffix?: string | null | undefined;
  locationIn?: Array<string> | null | undefined;
  locationIsNil?: boolean | null | undefined;
  locationLT?: string | null | undefined;
  locationLTE?: string | null | undefined;
  locationNEQ?: string | null | undefined;
  locationNotIn?: Array<string> | null | undefined;
  locationNotNil?: boolean | null | undefined;
  not?: MilestoneWhereInput | null | undefined;
  /** notes field predicates */
  notes?: string | null | undefined;
  notesContains?: string | null | undefined;
  notesContainsFold?: string | null | undefined;
  notesEqualFold?: string | null | undefined;
  notesGT?: string | null | undefined;
  notesGTE?: string | null | undefined;
  notesHasPrefix?: string | null | undefined;
  notesHasSuffix?: string | null | undefined;
  notesIn?: Array<string> | null | undefined;
  notesIsNil?: boolean | null | undefined;
  notesLT?: string | null | undefined;
  notesLTE?: string | null | undefined;
  notesNEQ?: string | null | undefined;
  notesNotIn?: Array<string> | null | undefined;
  notesNotNil?: boolean | null | undefined;
  or?: Array<MilestoneWhereInput> | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** How the notifications of a kind are e-mailed. */
export type NotificationDelivery =
  /** Gathered in one daily digest e-mail. */
  | 'DAILY'
  /** One e-mail per notification, as it happens. */
  | 'IMMEDIATE'
  /** No e-mail (the notifications are still shown in the app). */
  | 'OFF';

/** A kind of notification. */
export type NotificationKind =
  /** An access request of the user was approved or refused. Default IMMEDIATE. */
  | 'ACCESS_DECIDED'
  /** Someone asked for a role the user may grant (an access request to decide). Default IMMEDIATE. */
  | 'ACCESS_REQUESTED'
  /** A Region decided on an application (admitted, funded, rejected). Default IMMEDIATE. */
  | 'APPLICATION_DECIDED'
  /** An expense claim was sent back for changes. Default IMMEDIATE. */
  | 'CLAIM_CHANGES_REQUESTED'
  /** A deadline is near (within 14 days) or was missed. Default DAILY. */
  | 'DEADLINE_REMINDER'
  /** A deliverable was rejected. Default IMMEDIATE. */
  | 'DELIVERABLE_REJECTED'
  /** A disbursement was paid. Default IMMEDIATE. */
  | 'DISBURSEMENT_PAID'
  /** A Region asked for integrations to an application. Default IMMEDIATE. */
  | 'INTEGRATION_REQUESTED'
  /** An auditor completed the review of an expense claim. Default IMMEDIATE. */
  | 'REVIEW_COMPLETED'
  /** A Region decided on a variation of a project (approved, in part, rejected). Default IMMEDIATE. */
  | 'VARIATION_DECIDED'
  /** A lead requested a variation of a project of the Region. Default IMMEDIATE. */
  | 'VARIATION_REQUESTED';

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

/** Values of Payment.kind. What part of the invoice the payment pays. An invoice is fully paid when each of its parts is. */
export type PaymentKind =
  /** The supplier, by bank transfer: the total less split-payment VAT, withholding tax and credit notes. */
  | 'SUPPLIER'
  /** The VAT of a split-payment invoice (*scissione dei pagamenti*, art. 17-ter DPR 633/1972), paid to the Treasury by F24. */
  | 'VAT_F24'
  /** The withholding tax (*ritenuta*), paid to the Treasury by F24. */
  | 'WITHHOLDING_F24';

/** A filter on Payment objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type PaymentWhereInput = {
  /** amount_cents field predicates */
  amountCents?: number | null | undefined;
  amountCentsGT?: number | null | undefined;
  amountCentsGTE?: number | null | undefined;
  amountCentsIn?: Array<number> | null | undefined;
  amountCentsLT?: number | null | undefined;
  amountCentsLTE?: number | null | undefined;
  amountCentsNEQ?: number | null | undefined;
  amountCentsNotIn?: Array<number> | null | undefined;
  and?: Array<PaymentWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** invoice edge predicates */
  hasInvoice?: boolean | null | undefined;
  hasInvoiceWith?: Array<InvoiceWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** invoice_id field predicates */
  invoiceID?: string | null | undefined;
  invoiceIDContains?: string | null | undefined;
  invoiceIDContainsFold?: string | null | undefined;
  invoiceIDEqualFold?: string | null | undefined;
  invoiceIDGT?: string | null | undefined;
  invoiceIDGTE?: string | null | undefined;
  invoiceIDHasPrefix?: string | null | undefined;
  invoiceIDHasSuffix?: string | null | undefined;
  invoiceIDIn?: Array<string> | null | undefined;
  invoiceIDLT?: string | null | undefined;
  invoiceIDLTE?: string | null | undefined;
  invoiceIDNEQ?: string | null | undefined;
  invoiceIDNotIn?: Array<string> | null | undefined;
  /** kind field predicates */
  kind?: PaymentKind | null | undefined;
  kindIn?: Array<PaymentKind> | null | undefined;
  kindNEQ?: PaymentKind | null | undefined;
  kindNotIn?: Array<PaymentKind> | null | undefined;
  /** mandate_date field predicates */
  mandateDate?: string | null | undefined;
  mandateDateGT?: string | null | undefined;
  mandateDateGTE?: string | null | undefined;
  mandateDateIn?: Array<string> | null | undefined;
  mandateDateLT?: string | null | undefined;
  mandateDateLTE?: string | null | undefined;
  mandateDateNEQ?: string | null | undefined;
  mandateDateNotIn?: Array<string> | null | undefined;
  /** mandate_number field predicates */
  mandateNumber?: string | null | undefined;
  mandateNumberContains?: string | null | undefined;
  mandateNumberContainsFold?: string | null | undefined;
  mandateNumberEqualFold?: string | null | undefined;
  mandateNumberGT?: string | null | undefined;
  mandateNumberGTE?: string | null | undefined;
  mandateNumberHasPrefix?: string | null | undefined;
  mandateNumberHasSuffix?: string | null | undefined;
  mandateNumberIn?: Array<string> | null | undefined;
  mandateNumberLT?: string | null | undefined;
  mandateNumberLTE?: string | null | undefined;
  mandateNumberNEQ?: string | null | undefined;
  mandateNumberNotIn?: Array<string> | null | undefined;
  not?: PaymentWhereInput | null | undefined;
  or?: Array<PaymentWhereInput> | null | undefined;
  /** receipt_date field predicates */
  receiptDate?: string | null | undefined;
  receiptDateGT?: string | null | undefined;
  receiptDateGTE?: string | null | undefined;
  receiptDateIn?: Array<string> | null | undefined;
  receiptDateIsNil?: boolean | null | undefined;
  receiptDateLT?: string | null | undefined;
  receiptDateLTE?: string | null | undefined;
  receiptDateNEQ?: string | null | undefined;
  receiptDateNotIn?: Array<string> | null | undefined;
  receiptDateNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Values of Procurement.objectType. What the procedure buys; the thresholds in force depend on it. */
export type ProcurementObjectType =
  /** Services (*servizi*). */
  | 'SERVICES'
  /** Supplies (*forniture*). */
  | 'SUPPLIES'
  /** Works (*lavori*). */
  | 'WORKS';

/** Values of Procurement.procedureType. Procedure type under D.Lgs. 36/2023, following ANAC's list of codes; checked against the thresholds in force on startedOn. */
export type ProcurementProcedureType =
  /** ANAC 27: competitive comparison under a framework agreement or convention (*confronto competitivo in adesione ad accordo quadro/convenzione*). */
  | 'COMPETITIVE_FRAMEWORK'
  /** ANAC 23: direct award (*affidamento diretto*, art. 50), below 140,000 EUR for services and supplies and 150,000 EUR for works. */
  | 'DIRECT_AWARD'
  /** ANAC 26: direct award under a framework agreement or convention, e.g. Consip's (*affidamento diretto in adesione ad accordo quadro/convenzione*). */
  | 'DIRECT_AWARD_FRAMEWORK'
  /** ANAC 33: negotiated procedure below the EU thresholds (*procedura negoziata per affidamenti sotto soglia*, art. 50). */
  | 'NEGOTIATED_BELOW_THRESHOLD'
  /** ANAC 04: negotiated procedure without prior publication (*procedura negoziata senza previa pubblicazione*). */
  | 'NEGOTIATED_WITHOUT_NOTICE'
  /** ANAC 03: negotiated procedure with prior publication (*procedura negoziata previa pubblicazione*). */
  | 'NEGOTIATED_WITH_NOTICE'
  /** ANAC 01: open procedure (*procedura aperta*). */
  | 'OPEN'
  /** ANAC 02: restricted procedure (*procedura ristretta*). */
  | 'RESTRICTED';

/** Values of Procurement.status. Lifecycle: PLANNED → PUBLISHED → AWARDED → CONTRACTED; DESERTED | CANCELLED. */
export type ProcurementStatus =
  /** Its lots are awarded (*aggiudicata*). */
  | 'AWARDED'
  /** Cancelled by the contracting body (*annullata*); final. */
  | 'CANCELLED'
  /** A contract is signed for its lots; final. */
  | 'CONTRACTED'
  /** No acceptable bid arrived (*deserta*); final. */
  | 'DESERTED'
  /** Recorded, not started; a direct award may go straight to AWARDED. */
  | 'PLANNED'
  /** Started: the notice is published or the operators are invited. */
  | 'PUBLISHED';

/** A filter on Procurement objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ProcurementWhereInput = {
  and?: Array<ProcurementWhereInput> | null | undefined;
  /** base_cents field predicates */
  baseCents?: number | null | undefined;
  baseCentsGT?: number | null | undefined;
  baseCentsGTE?: number | null | undefined;
  baseCentsIn?: Array<number> | null | undefined;
  baseCentsLT?: number | null | undefined;
  baseCentsLTE?: number | null | undefined;
  baseCentsNEQ?: number | null | undefined;
  baseCentsNotIn?: Array<number> | null | undefined;
  /** cpv field predicates */
  cpv?: string | null | undefined;
  cpvContains?: string | null | undefined;
  cpvContainsFold?: string | null | undefined;
  cpvEqualFold?: string | null | undefined;
  cpvGT?: string | null | undefined;
  cpvGTE?: string | null | undefined;
  cpvHasPrefix?: string | null | undefined;
  cpvHasSuffix?: string | null | undefined;
  cpvIn?: Array<string> | null | undefined;
  cpvIsNil?: boolean | null | undefined;
  cpvLT?: string | null | undefined;
  cpvLTE?: string | null | undefined;
  cpvNEQ?: string | null | undefined;
  cpvNotIn?: Array<string> | null | undefined;
  cpvNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** determina_date field predicates */
  determinaDate?: string | null | undefined;
  determinaDateGT?: string | null | undefined;
  determinaDateGTE?: string | null | undefined;
  determinaDateIn?: Array<string> | null | undefined;
  determinaDateIsNil?: boolean | null | undefined;
  determinaDateLT?: string | null | undefined;
  determinaDateLTE?: string | null | undefined;
  determinaDateNEQ?: string | null | undefined;
  determinaDateNotIn?: Array<string> | null | undefined;
  determinaDateNotNil?: boolean | null | undefined;
  /** determina_number field predicates */
  determinaNumber?: string | null | undefined;
  determinaNumberContains?: string | null | undefined;
  determinaNumberContainsFold?: string | null | undefined;
  determinaNumberEqualFold?: string | null | undefined;
  determinaNumberGT?: string | null | undefined;
  determinaNumberGTE?: string | null | undefined;
  determinaNumberHasPrefix?: string | null | undefined;
  determinaNumberHasSuffix?: string | null | undefined;
  determinaNumberIn?: Array<string> | null | undefined;
  determinaNumberIsNil?: boolean | null | undefined;
  determinaNumberLT?: string | null | undefined;
  determinaNumberLTE?: string | null | undefined;
  determinaNumberNEQ?: string | null | undefined;
  determinaNumberNotIn?: Array<string> | null | undefined;
  determinaNumberNotNil?: boolean | null | undefined;
  /** framework_reference field predicates */
  frameworkReference?: string | null | undefined;
  frameworkReferenceContains?: string | null | undefined;
  frameworkReferenceContainsFold?: string | null | undefined;
  frameworkReferenceEqualFold?: string | null | undefined;
  frameworkReferenceGT?: string | null | undefined;
  frameworkReferenceGTE?: string | null | undefined;
  frameworkReferenceHasPrefix?: string | null | undefined;
  frameworkReferenceHasSuffix?: string | null | undefined;
  frameworkReferenceIn?: Array<string> | null | undefined;
  frameworkReferenceIsNil?: boolean | null | undefined;
  frameworkReferenceLT?: string | null | undefined;
  frameworkReferenceLTE?: string | null | undefined;
  frameworkReferenceNEQ?: string | null | undefined;
  frameworkReferenceNotIn?: Array<string> | null | undefined;
  frameworkReferenceNotNil?: boolean | null | undefined;
  /** beneficiaries edge predicates */
  hasBeneficiaries?: boolean | null | undefined;
  hasBeneficiariesWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** lots edge predicates */
  hasLots?: boolean | null | undefined;
  hasLotsWith?: Array<LotWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** running_body edge predicates */
  hasRunningBody?: boolean | null | undefined;
  hasRunningBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** legal_basis field predicates */
  legalBasis?: string | null | undefined;
  legalBasisContains?: string | null | undefined;
  legalBasisContainsFold?: string | null | undefined;
  legalBasisEqualFold?: string | null | undefined;
  legalBasisGT?: string | null | undefined;
  legalBasisGTE?: string | null | undefined;
  legalBasisHasPrefix?: string | null | undefined;
  legalBasisHasSuffix?: string | null | undefined;
  legalBasisIn?: Array<string> | null | undefined;
  legalBasisIsNil?: boolean | null | undefined;
  legalBasisLT?: string | null | undefined;
  legalBasisLTE?: string | null | undefined;
  legalBasisNEQ?: string | null | undefined;
  legalBasisNotIn?: Array<string> | null | undefined;
  legalBasisNotNil?: boolean | null | undefined;
  /** needs_plan_reference field predicates */
  needsPlanReference?: string | null | undefined;
  needsPlanReferenceContains?: string | null | undefined;
  needsPlanReferenceContainsFold?: string | null | undefined;
  needsPlanReferenceEqualFold?: string | null | undefined;
  needsPlanReferenceGT?: string | null | undefined;
  needsPlanReferenceGTE?: string | null | undefined;
  needsPlanReferenceHasPrefix?: string | null | undefined;
  needsPlanReferenceHasSuffix?: string | null | undefined;
  needsPlanReferenceIn?: Array<string> | null | undefined;
  needsPlanReferenceIsNil?: boolean | null | undefined;
  needsPlanReferenceLT?: string | null | undefined;
  needsPlanReferenceLTE?: string | null | undefined;
  needsPlanReferenceNEQ?: string | null | undefined;
  needsPlanReferenceNotIn?: Array<string> | null | undefined;
  needsPlanReferenceNotNil?: boolean | null | undefined;
  /** needs_project_reference field predicates */
  needsProjectReference?: string | null | undefined;
  needsProjectReferenceContains?: string | null | undefined;
  needsProjectReferenceContainsFold?: string | null | undefined;
  needsProjectReferenceEqualFold?: string | null | undefined;
  needsProjectReferenceGT?: string | null | undefined;
  needsProjectReferenceGTE?: string | null | undefined;
  needsProjectReferenceHasPrefix?: string | null | undefined;
  needsProjectReferenceHasSuffix?: string | null | undefined;
  needsProjectReferenceIn?: Array<string> | null | undefined;
  needsProjectReferenceIsNil?: boolean | null | undefined;
  needsProjectReferenceLT?: string | null | undefined;
  needsProjectReferenceLTE?: string | null | undefined;
  needsProjectReferenceNEQ?: string | null | undefined;
  needsProjectReferenceNotIn?: Array<string> | null | undefined;
  needsProjectReferenceNotNil?: boolean | null | undefined;
  not?: ProcurementWhereInput | null | undefined;
  /** object_type field predicates */
  objectType?: ProcurementObjectType | null | undefined;
  objectTypeIn?: Array<ProcurementObjectType> | null | undefined;
  objectTypeNEQ?: ProcurementObjectType | null | undefined;
  objectTypeNotIn?: Array<ProcurementObjectType> | null | undefined;
  or?: Array<ProcurementWhereInput> | null | undefined;
  /** procedure_type field predicates */
  procedureType?: ProcurementProcedureType | null | undefined;
  procedureTypeIn?: Array<ProcurementProcedureType> | null | undefined;
  procedureTypeNEQ?: ProcurementProcedureType | null | undefined;
  procedureTypeNotIn?: Array<ProcurementProcedureType> | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** running_body_id field predicates */
  runningBodyID?: string | null | undefined;
  runningBodyIDContains?: string | null | undefined;
  runningBodyIDContainsFold?: string | null | undefined;
  runningBodyIDEqualFold?: string | null | undefined;
  runningBodyIDGT?: string | null | undefined;
  runningBodyIDGTE?: string | null | undefined;
  runningBodyIDHasPrefix?: string | null | undefined;
  runningBodyIDHasSuffix?: string | null | undefined;
  runningBodyIDIn?: Array<string> | null | undefined;
  runningBodyIDLT?: string | null | undefined;
  runningBodyIDLTE?: string | null | undefined;
  runningBodyIDNEQ?: string | null | undefined;
  runningBodyIDNotIn?: Array<string> | null | undefined;
  /** rup_codice_fiscale field predicates */
  rupCodiceFiscale?: string | null | undefined;
  rupCodiceFiscaleContains?: string | null | undefined;
  rupCodiceFiscaleContainsFold?: string | null | undefined;
  rupCodiceFiscaleEqualFold?: string | null | undefined;
  rupCodiceFiscaleGT?: string | null | undefined;
  rupCodiceFiscaleGTE?: string | null | undefined;
  rupCodiceFiscaleHasPrefix?: string | null | undefined;
  rupCodiceFiscaleHasSuffix?: string | null | undefined;
  rupCodiceFiscaleIn?: Array<string> | null | undefined;
  rupCodiceFiscaleIsNil?: boolean | null | undefined;
  rupCodiceFiscaleLT?: string | null | undefined;
  rupCodiceFiscaleLTE?: string | null | undefined;
  rupCodiceFiscaleNEQ?: string | null | undefined;
  rupCodiceFiscaleNotIn?: Array<string> | null | undefined;
  rupCodiceFiscaleNotNil?: boolean | null | undefined;
  /** rup_name field predicates */
  rupName?: string | null | undefined;
  rupNameContains?: string | null | undefined;
  rupNameContainsFold?: string | null | undefined;
  rupNameEqualFold?: string | null | undefined;
  rupNameGT?: string | null | undefined;
  rupNameGTE?: string | null | undefined;
  rupNameHasPrefix?: string | null | undefined;
  rupNameHasSuffix?: string | null | undefined;
  rupNameIn?: Array<string> | null | undefined;
  rupNameIsNil?: boolean | null | undefined;
  rupNameLT?: string | null | undefined;
  rupNameLTE?: string | null | undefined;
  rupNameNEQ?: string | null | undefined;
  rupNameNotIn?: Array<string> | null | undefined;
  rupNameNotNil?: boolean | null | undefined;
  /** separate_estimate_cents field predicates */
  separateEstimateCents?: number | null | undefined;
  separateEstimateCentsGT?: number | null | undefined;
  separateEstimateCentsGTE?: number | null | undefined;
  separateEstimateCentsIn?: Array<number> | null | undefined;
  separateEstimateCentsIsNil?: boolean | null | undefined;
  separateEstimateCentsLT?: number | null | undefined;
  separateEstimateCentsLTE?: number | null | undefined;
  separateEstimateCentsNEQ?: number | null | undefined;
  separateEstimateCentsNotIn?: Array<number> | null | undefined;
  separateEstimateCentsNotNil?: boolean | null | undefined;
  /** started_on field predicates */
  startedOn?: string | null | undefined;
  startedOnGT?: string | null | undefined;
  startedOnGTE?: string | null | undefined;
  startedOnIn?: Array<string> | null | undefined;
  startedOnIsNil?: boolean | null | undefined;
  startedOnLT?: string | null | undefined;
  startedOnLTE?: string | null | undefined;
  startedOnNEQ?: string | null | undefined;
  startedOnNotIn?: Array<string> | null | undefined;
  startedOnNotNil?: boolean | null | undefined;
  /** status field predicates */
  status?: ProcurementStatus | null | undefined;
  statusIn?: Array<ProcurementStatus> | null | undefined;
  statusNEQ?: ProcurementStatus | null | undefined;
  statusNotIn?: Array<ProcurementStatus> | null | undefined;
  /** threshold_warning_acknowledged field predicates */
  thresholdWarningAcknowledged?: boolean | null | undefined;
  thresholdWarningAcknowledgedNEQ?: boolean | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** Values of Project.status. Lifecycle: ACTIVE ⇄ SUSPENDED → COMPLETED → CLOSED; REVOKED. Region officers move it. */
export type ProjectStatus =
  /** Running: procurement, invoices, payments and claims go on. */
  | 'ACTIVE'
  /** Closed after the balance; final. */
  | 'CLOSED'
  /** The work is done; the balance may be requested. */
  | 'COMPLETED'
  /** The funding was revoked; final. */
  | 'REVOKED'
  /** Suspended by the Region; may become ACTIVE again. */
  | 'SUSPENDED';

/** A filter on Project objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ProjectWhereInput = {
  /** aggregation_id field predicates */
  aggregationID?: string | null | undefined;
  aggregationIDContains?: string | null | undefined;
  aggregationIDContainsFold?: string | null | undefined;
  aggregationIDEqualFold?: string | null | undefined;
  aggregationIDGT?: string | null | undefined;
  aggregationIDGTE?: string | null | undefined;
  aggregationIDHasPrefix?: string | null | undefined;
  aggregationIDHasSuffix?: string | null | undefined;
  aggregationIDIn?: Array<string> | null | undefined;
  aggregationIDLT?: string | null | undefined;
  aggregationIDLTE?: string | null | undefined;
  aggregationIDNEQ?: string | null | undefined;
  aggregationIDNotIn?: Array<string> | null | undefined;
  and?: Array<ProjectWhereInput> | null | undefined;
  /** application_id field predicates */
  applicationID?: string | null | undefined;
  applicationIDContains?: string | null | undefined;
  applicationIDContainsFold?: string | null | undefined;
  applicationIDEqualFold?: string | null | undefined;
  applicationIDGT?: string | null | undefined;
  applicationIDGTE?: string | null | undefined;
  applicationIDHasPrefix?: string | null | undefined;
  applicationIDHasSuffix?: string | null | undefined;
  applicationIDIn?: Array<string> | null | undefined;
  applicationIDLT?: string | null | undefined;
  applicationIDLTE?: string | null | undefined;
  applicationIDNEQ?: string | null | undefined;
  applicationIDNotIn?: Array<string> | null | undefined;
  /** call_id field predicates */
  callID?: string | null | undefined;
  callIDContains?: string | null | undefined;
  callIDContainsFold?: string | null | undefined;
  callIDEqualFold?: string | null | undefined;
  callIDGT?: string | null | undefined;
  callIDGTE?: string | null | undefined;
  callIDHasPrefix?: string | null | undefined;
  callIDHasSuffix?: string | null | undefined;
  callIDIn?: Array<string> | null | undefined;
  callIDLT?: string | null | undefined;
  callIDLTE?: string | null | undefined;
  callIDNEQ?: string | null | undefined;
  callIDNotIn?: Array<string> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** cup field predicates */
  cup?: string | null | undefined;
  cupContains?: string | null | undefined;
  cupContainsFold?: string | null | undefined;
  cupEqualFold?: string | null | undefined;
  cupGT?: string | null | undefined;
  cupGTE?: string | null | undefined;
  cupHasPrefix?: string | null | undefined;
  cupHasSuffix?: string | null | undefined;
  cupIn?: Array<string> | null | undefined;
  cupLT?: string | null | undefined;
  cupLTE?: string | null | undefined;
  cupNEQ?: string | null | undefined;
  cupNotIn?: Array<string> | null | undefined;
  /** decree_date field predicates */
  decreeDate?: string | null | undefined;
  decreeDateGT?: string | null | undefined;
  decreeDateGTE?: string | null | undefined;
  decreeDateIn?: Array<string> | null | undefined;
  decreeDateLT?: string | null | undefined;
  decreeDateLTE?: string | null | undefined;
  decreeDateNEQ?: string | null | undefined;
  decreeDateNotIn?: Array<string> | null | undefined;
  /** decree_number field predicates */
  decreeNumber?: string | null | undefined;
  decreeNumberContains?: string | null | undefined;
  decreeNumberContainsFold?: string | null | undefined;
  decreeNumberEqualFold?: string | null | undefined;
  decreeNumberGT?: string | null | undefined;
  decreeNumberGTE?: string | null | undefined;
  decreeNumberHasPrefix?: string | null | undefined;
  decreeNumberHasSuffix?: string | null | undefined;
  decreeNumberIn?: Array<string> | null | undefined;
  decreeNumberLT?: string | null | undefined;
  decreeNumberLTE?: string | null | undefined;
  decreeNumberNEQ?: string | null | undefined;
  decreeNumberNotIn?: Array<string> | null | undefined;
  /** ends_on field predicates */
  endsOn?: string | null | undefined;
  endsOnGT?: string | null | undefined;
  endsOnGTE?: string | null | undefined;
  endsOnIn?: Array<string> | null | undefined;
  endsOnIsNil?: boolean | null | undefined;
  endsOnLT?: string | null | undefined;
  endsOnLTE?: string | null | undefined;
  endsOnNEQ?: string | null | undefined;
  endsOnNotIn?: Array<string> | null | undefined;
  endsOnNotNil?: boolean | null | undefined;
  /** eu_cents field predicates */
  euCents?: number | null | undefined;
  euCentsGT?: number | null | undefined;
  euCentsGTE?: number | null | undefined;
  euCentsIn?: Array<number> | null | undefined;
  euCentsLT?: number | null | undefined;
  euCentsLTE?: number | null | undefined;
  euCentsNEQ?: number | null | undefined;
  euCentsNotIn?: Array<number> | null | undefined;
  /** granted_cents field predicates */
  grantedCents?: number | null | undefined;
  grantedCentsGT?: number | null | undefined;
  grantedCentsGTE?: number | null | undefined;
  grantedCentsIn?: Array<number> | null | undefined;
  grantedCentsLT?: number | null | undefined;
  grantedCentsLTE?: number | null | undefined;
  grantedCentsNEQ?: number | null | undefined;
  grantedCentsNotIn?: Array<number> | null | undefined;
  /** aggregation edge predicates */
  hasAggregation?: boolean | null | undefined;
  hasAggregationWith?: Array<AggregationWhereInput> | null | undefined;
  /** allocations edge predicates */
  hasAllocations?: boolean | null | undefined;
  hasAllocationsWith?: Array<AllocationWhereInput> | null | undefined;
  /** application edge predicates */
  hasApplication?: boolean | null | undefined;
  hasApplicationWith?: Array<ApplicationWhereInput> | null | undefined;
  /** call edge predicates */
  hasCall?: boolean | null | undefined;
  hasCallWith?: Array<CallWhereInput> | null | undefined;
  /** deliverables edge predicates */
  hasDeliverables?: boolean | null | undefined;
  hasDeliverablesWith?: Array<DeliverableWhereInput> | null | undefined;
  /** disbursements edge predicates */
  hasDisbursements?: boolean | null | undefined;
  hasDisbursementsWith?: Array<DisbursementWhereInput> | null | undefined;
  /** expense_claims edge predicates */
  hasExpenseClaims?: boolean | null | undefined;
  hasExpenseClaimsWith?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** invoices edge predicates */
  hasInvoices?: boolean | null | undefined;
  hasInvoicesWith?: Array<InvoiceWhereInput> | null | undefined;
  /** milestones edge predicates */
  hasMilestones?: boolean | null | undefined;
  hasMilestonesWith?: Array<MilestoneWhereInput> | null | undefined;
  /** procurements edge predicates */
  hasProcurements?: boolean | null | undefined;
  hasProcurementsWith?: Array<ProcurementWhereInput> | null | undefined;
  /** variations edge predicates */
  hasVariations?: boolean | null | undefined;
  hasVariationsWith?: Array<VariationWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  not?: ProjectWhereInput | null | undefined;
  or?: Array<ProjectWhereInput> | null | undefined;
  /** own_cents field predicates */
  ownCents?: number | null | undefined;
  ownCentsGT?: number | null | undefined;
  ownCentsGTE?: number | null | undefined;
  ownCentsIn?: Array<number> | null | undefined;
  ownCentsLT?: number | null | undefined;
  ownCentsLTE?: number | null | undefined;
  ownCentsNEQ?: number | null | undefined;
  ownCentsNotIn?: Array<number> | null | undefined;
  /** region_cents field predicates */
  regionCents?: number | null | undefined;
  regionCentsGT?: number | null | undefined;
  regionCentsGTE?: number | null | undefined;
  regionCentsIn?: Array<number> | null | undefined;
  regionCentsLT?: number | null | undefined;
  regionCentsLTE?: number | null | undefined;
  regionCentsNEQ?: number | null | undefined;
  regionCentsNotIn?: Array<number> | null | undefined;
  /** starts_on field predicates */
  startsOn?: string | null | undefined;
  startsOnGT?: string | null | undefined;
  startsOnGTE?: string | null | undefined;
  startsOnIn?: Array<string> | null | undefined;
  startsOnIsNil?: boolean | null | undefined;
  startsOnLT?: string | null | undefined;
  startsOnLTE?: string | null | undefined;
  startsOnNEQ?: string | null | undefined;
  startsOnNotIn?: Array<string> | null | undefined;
  startsOnNotNil?: boolean | null | undefined;
  /** state_cents field predicates */
  stateCents?: number | null | undefined;
  stateCentsGT?: number | null | undefined;
  stateCentsGTE?: number | null | undefined;
  stateCentsIn?: Array<number> | null | undefined;
  stateCentsLT?: number | null | undefined;
  stateCentsLTE?: number | null | undefined;
  stateCentsNEQ?: number | null | undefined;
  stateCentsNotIn?: Array<number> | null | undefined;
  /** status field predicates */
  status?: ProjectStatus | null | undefined;
  statusIn?: Array<ProjectStatus> | null | undefined;
  statusNEQ?: ProjectStatus | null | undefined;
  statusNotIn?: Array<ProjectStatus> | null | undefined;
  /** title field predicates */
  title?: string | null | undefined;
  titleContains?: string | null | undefined;
  titleContainsFold?: string | null | undefined;
  titleEqualFold?: string | null | undefined;
  titleGT?: string | null | undefined;
  titleGTE?: string | null | undefined;
  titleHasPrefix?: string | null | undefined;
  titleHasSuffix?: string | null | undefined;
  titleIn?: Array<string> | null | undefined;
  titleLT?: string | null | undefined;
  titleLTE?: string | null | undefined;
  titleNEQ?: string | null | undefined;
  titleNotIn?: Array<string> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** A modification of a contract in execution under art. 120 D.Lgs. 36/2023: the contract's amounts and end date after it. */
export type ProposeContractModificationInput = {
  /** Date of the act; the EU thresholds in force that day apply (today when empty). */
  actDate?: string | null | undefined;
  /** Number of the act ordering the modification (determina, atto aggiuntivo), at most 50 characters. */
  actNumber?: string | null | undefined;
  /** Legal basis: decides the limits checked. */
  basis: ContractModificationBasis;
  /** The contract, ACTIVE. */
  contractID: string;
  /** The contract's version as read: a contract changed since is a CONFLICT. */
  contractVersion?: number | null | undefined;
  /** The contract's end of execution after the modification; empty keeps it. */
  endsOn?: string | null | undefined;
  /** The contract's amount net of VAT after the modification. */
  netCents: number;
  /** Why the contract is modified, at most 4000 characters. */
  reason: string;
  /** The contract's VAT after the modification. */
  vatCents: number;
};

/** Values of PublicBody.kind. Kind of body. */
export type PublicBodyKind =
  /** A metropolitan city (*città metropolitana*). */
  | 'CITTA_METROPOLITANA'
  /** A municipality (*comune*). */
  | 'COMUNE'
  /** Another public administration. */
  | 'OTHER'
  /** A province (*provincia*). */
  | 'PROVINCIA'
  /** A region (*regione*): issues calls and funds projects. */
  | 'REGIONE'
  /** A union of municipalities (*Unione di Comuni*). */
  | 'UNIONE_COMUNI';

/** A filter on PublicBody objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type PublicBodyWhereInput = {
  /** address field predicates */
  address?: string | null | undefined;
  addressContains?: string | null | undefined;
  addressContainsFold?: string | null | undefined;
  addressEqualFold?: string | null | undefined;
  addressGT?: string | null | undefined;
  addressGTE?: string | null | undefined;
  addressHasPrefix?: string | null | undefined;
  addressHasSuffix?: string | null | undefined;
  addressIn?: Array<string> | null | undefined;
  addressIsNil?: boolean | null | undefined;
  addressLT?: string | null | undefined;
  addressLTE?: string | null | undefined;
  addressNEQ?: string | null | undefined;
  addressNotIn?: Array<string> | null | undefined;
  addressNotNil?: boolean | null | undefined;
  /** anac_qualified field predicates */
  anacQualified?: boolean | null | undefined;
  anacQualifiedNEQ?: boolean | null | undefined;
  and?: Array<PublicBodyWhereInput> | null | undefined;
  /** codice_catastale field predicates */
  codiceCatastale?: string | null | undefined;
  codiceCatastaleContains?: string | null | undefined;
  codiceCatastaleContainsFold?: string | null | undefined;
  codiceCatastaleEqualFold?: string | null | undefined;
  codiceCatastaleGT?: string | null | undefined;
  codiceCatastaleGTE?: string | null | undefined;
  codiceCatastaleHasPrefix?: string | null | undefined;
  codiceCatastaleHasSuffix?: string | null | undefined;
  codiceCatastaleIn?: Array<string> | null | undefined;
  codiceCatastaleIsNil?: boolean | null | undefined;
  codiceCatastaleLT?: string | null | undefined;
  codiceCatastaleLTE?: string | null | undefined;
  codiceCatastaleNEQ?: string | null | undefined;
  codiceCatastaleNotIn?: Array<string> | null | undefined;
  codiceCatastaleNotNil?: boolean | null | undefined;
  /** codice_fiscale field predicates */
  codiceFiscale?: string | null | undefined;
  codiceFiscaleContains?: string | null | undefined;
  codiceFiscaleContainsFold?: string | null | undefined;
  codiceFiscaleEqualFold?: string | null | undefined;
  codiceFiscaleGT?: string | null | undefined;
  codiceFiscaleGTE?: string | null | undefined;
  codiceFiscaleHasPrefix?: string | null | undefined;
  codiceFiscaleHasSuffix?: string | null | undefined;
  codiceFiscaleIn?: Array<string> | null | undefined;
  codiceFiscaleIsNil?: boolean | null | undefined;
  codiceFiscaleLT?: string | null | undefined;
  codiceFiscaleLTE?: string | null | undefined;
  codiceFiscaleNEQ?: string | null | undefined;
  codiceFiscaleNotIn?: Array<string> | null | undefined;
  codiceFiscaleNotNil?: boolean | null | undefined;
  /** codice_ipa field predicates */
  codiceIpa?: string | null | undefined;
  codiceIpaContains?: string | null | undefined;
  codiceIpaContainsFold?: string | null | undefined;
  codiceIpaEqualFold?: string | null | undefined;
  codiceIpaGT?: string | null | undefined;
  codiceIpaGTE?: string | null | undefined;
  codiceIpaHasPrefix?: string | null | undefined;
  codiceIpaHasSuffix?: string | null | undefined;
  codiceIpaIn?: Array<string> | null | undefined;
  codiceIpaIsNil?: boolean | null | undefined;
  codiceIpaLT?: string | null | undefined;
  codiceIpaLTE?: string | null | undefined;
  codiceIpaNEQ?: string | null | undefined;
  codiceIpaNotIn?: Array<string> | null | undefined;
  codiceIpaNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** issued_calls edge predicates */
  hasIssuedCalls?: boolean | null | undefined;
  hasIssuedCallsWith?: Array<CallWhereInput> | null | undefined;
  /** led_aggregations edge predicates */
  hasLedAggregations?: boolean | null | undefined;
  hasLedAggregationsWith?: Array<AggregationWhereInput> | null | undefined;
  /** memberships edge predicates */
  hasMemberships?: boolean | null | undefined;
  hasMembershipsWith?: Array<MembershipWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** istat_code field predicates */
  istatCode?: string | null | undefined;
  istatCodeContains?: string | null | undefined;
  istatCodeContainsFold?: string | null | undefined;
  istatCodeEqualFold?: string | null | undefined;
  istatCodeGT?: string | null | undefined;
  istatCodeGTE?: string | null | undefined;
  istatCodeHasPrefix?: string | null | undefined;
  istatCodeHasSuffix?: string | null | undefined;
  istatCodeIn?: Array<string> | null | undefined;
  istatCodeIsNil?: boolean | null | undefined;
  istatCodeLT?: string | null | undefined;
  istatCodeLTE?: string | null | undefined;
  istatCodeNEQ?: string | null | undefined;
  istatCodeNotIn?: Array<string> | null | undefined;
  istatCodeNotNil?: boolean | null | undefined;
  /** kind field predicates */
  kind?: PublicBodyKind | null | undefined;
  kindIn?: Array<PublicBodyKind> | null | undefined;
  kindNEQ?: PublicBodyKind | null | undefined;
  kindNotIn?: Array<PublicBodyKind> | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: PublicBodyWhereInput | null | undefined;
  or?: Array<PublicBodyWhereInput> | null | undefined;
  /** pec field predicates */
  pec?: string | null | undefined;
  pecContains?: string | null | undefined;
  pecContainsFold?: string | null | undefined;
  pecEqualFold?: string | null | undefined;
  pecGT?: string | null | undefined;
  pecGTE?: string | null | undefined;
  pecHasPrefix?: string | null | undefined;
  pecHasSuffix?: string | null | undefined;
  pecIn?: Array<string> | null | undefined;
  pecIsNil?: boolean | null | undefined;
  pecLT?: string | null | undefined;
  pecLTE?: string | null | undefined;
  pecNEQ?: string | null | undefined;
  pecNotIn?: Array<string> | null | undefined;
  pecNotNil?: boolean | null | undefined;
  /** population field predicates */
  population?: number | null | undefined;
  populationGT?: number | null | undefined;
  populationGTE?: number | null | undefined;
  populationIn?: Array<number> | null | undefined;
  populationIsNil?: boolean | null | undefined;
  populationLT?: number | null | undefined;
  populationLTE?: number | null | undefined;
  populationNEQ?: number | null | undefined;
  populationNotIn?: Array<number> | null | undefined;
  populationNotNil?: boolean | null | undefined;
  /** population_year field predicates */
  populationYear?: number | null | undefined;
  populationYearGT?: number | null | undefined;
  populationYearGTE?: number | null | undefined;
  populationYearIn?: Array<number> | null | undefined;
  populationYearIsNil?: boolean | null | undefined;
  populationYearLT?: number | null | undefined;
  populationYearLTE?: number | null | undefined;
  populationYearNEQ?: number | null | undefined;
  populationYearNotIn?: Array<number> | null | undefined;
  populationYearNotNil?: boolean | null | undefined;
  /** province_code field predicates */
  provinceCode?: string | null | undefined;
  provinceCodeContains?: string | null | undefined;
  provinceCodeContainsFold?: string | null | undefined;
  provinceCodeEqualFold?: string | null | undefined;
  provinceCodeGT?: string | null | undefined;
  provinceCodeGTE?: string | null | undefined;
  provinceCodeHasPrefix?: string | null | undefined;
  provinceCodeHasSuffix?: string | null | undefined;
  provinceCodeIn?: Array<string> | null | undefined;
  provinceCodeIsNil?: boolean | null | undefined;
  provinceCodeLT?: string | null | undefined;
  provinceCodeLTE?: string | null | undefined;
  provinceCodeNEQ?: string | null | undefined;
  provinceCodeNotIn?: Array<string> | null | undefined;
  provinceCodeNotNil?: boolean | null | undefined;
  /** province_name field predicates */
  provinceName?: string | null | undefined;
  provinceNameContains?: string | null | undefined;
  provinceNameContainsFold?: string | null | undefined;
  provinceNameEqualFold?: string | null | undefined;
  provinceNameGT?: string | null | undefined;
  provinceNameGTE?: string | null | undefined;
  provinceNameHasPrefix?: string | null | undefined;
  provinceNameHasSuffix?: string | null | undefined;
  provinceNameIn?: Array<string> | null | undefined;
  provinceNameIsNil?: boolean | null | undefined;
  provinceNameLT?: string | null | undefined;
  provinceNameLTE?: string | null | undefined;
  provinceNameNEQ?: string | null | undefined;
  provinceNameNotIn?: Array<string> | null | undefined;
  provinceNameNotNil?: boolean | null | undefined;
  /** region_code field predicates */
  regionCode?: string | null | undefined;
  regionCodeContains?: string | null | undefined;
  regionCodeContainsFold?: string | null | undefined;
  regionCodeEqualFold?: string | null | undefined;
  regionCodeGT?: string | null | undefined;
  regionCodeGTE?: string | null | undefined;
  regionCodeHasPrefix?: string | null | undefined;
  regionCodeHasSuffix?: string | null | undefined;
  regionCodeIn?: Array<string> | null | undefined;
  regionCodeIsNil?: boolean | null | undefined;
  regionCodeLT?: string | null | undefined;
  regionCodeLTE?: string | null | undefined;
  regionCodeNEQ?: string | null | undefined;
  regionCodeNotIn?: Array<string> | null | undefined;
  regionCodeNotNil?: boolean | null | undefined;
  /** region_name field predicates */
  regionName?: string | null | undefined;
  regionNameContains?: string | null | undefined;
  regionNameContainsFold?: string | null | undefined;
  regionNameEqualFold?: string | null | undefined;
  regionNameGT?: string | null | undefined;
  regionNameGTE?: string | null | undefined;
  regionNameHasPrefix?: string | null | undefined;
  regionNameHasSuffix?: string | null | undefined;
  regionNameIn?: Array<string> | null | undefined;
  regionNameIsNil?: boolean | null | undefined;
  regionNameLT?: string | null | undefined;
  regionNameLTE?: string | null | undefined;
  regionNameNEQ?: string | null | undefined;
  regionNameNotIn?: Array<string> | null | undefined;
  regionNameNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** The value in euro of an invoice in another currency, and the act that fixed it. */
export type RecordInvoiceEuroValueInput = {
  /** The act that fixed the value, e.g. "mandato n. 12 del 03/03/2026, cambio BCE 0,8571" (at most 300 characters). */
  conversionAct: string;
  /** The invoice in another currency. */
  invoiceID: string;
  /** Taxable amount in euro cents. */
  taxableCents: number;
  /** VAT in euro cents. */
  vatCents?: number | null | undefined;
};

/** A payment mandate. */
export type RecordPaymentInput = {
  /** Amount paid: at most what the invoice leaves due for this part. */
  amountCents: number;
  /** The invoice paid. */
  invoiceID: string;
  /** What the mandate pays: the supplier (default), the VAT of a split-payment invoice by F24, or the withholding tax by F24. */
  kind?: PaymentKind | null | undefined;
  /** Date of the payment mandate. */
  mandateDate: string;
  /** Number of the payment mandate; a mandate pays each part of an invoice once. */
  mandateNumber: string;
  /** Day the treasurer paid (quietanza). */
  receiptDate?: string | null | undefined;
};

/** An invoice or credit note entered by hand, in euro. */
export type RegisterInvoiceInput = {
  /** Codice fiscale of the buying body (CessionarioCommittente). */
  buyerCodiceFiscale?: string | null | undefined;
  /** Codice univoco ufficio the invoice was addressed to (CodiceDestinatario). */
  buyerOfficeCode?: string | null | undefined;
  /** CIG as written on the invoice: matches it to the contract of that lot. */
  cig?: string | null | undefined;
  /** For a credit note (TD04): the invoice of the project it reduces. */
  creditedInvoiceID?: string | null | undefined;
  /** CUP as written on the invoice; another project's is INVALID (rule invoice.cup_other_project). */
  cup?: string | null | undefined;
  /** TD01 (default), TD02, TD03, TD05, TD06, TD24, TD25, or TD04 for a credit note (with creditedInvoiceID). */
  documentType?: string | null | undefined;
  /** Payment due date. */
  dueOn?: string | null | undefined;
  /** Invoice date. */
  issuedOn: string;
  /** Invoice number. */
  number: string;
  /** The project the invoice is charged to. */
  projectID: string;
  /** VAT under split payment (EsigibilitaIVA = S): the body pays the VAT to the Treasury by F24. */
  splitPayment?: boolean | null | undefined;
  /** Virtual stamp duty charged (DatiBollo): part of the total, never spending. */
  stampDutyCents?: number | null | undefined;
  /** Supplier's name. */
  supplierName?: string | null | undefined;
  /** Supplier's VAT id (IdFiscaleIVA, without country prefix for Italy). */
  supplierVatID: string;
  /** Taxable amount (imponibile). */
  taxableCents: number;
  /** Taxable + VAT + stamp duty. */
  totalCents: number;
  /** VAT (imposta). */
  vatCents?: number | null | undefined;
  /** Withholding tax (ritenuta). */
  withholdingCents?: number | null | undefined;
};

/** A request for a role: the role, its scope (an aggregation, a member body of it, or a Region) and the act appointing the requester, a PDF of at most 10 MB. */
export type RequestAccessInput = {
  /** The act, a PDF of at most 10 MB (multipart request). */
  act: File;
  /** Date of the appointing act, not after today. */
  actDate: string;
  /** Who issued the act, e.g. the mayor of the body. */
  actIssuer: string;
  /** Kind of the appointing act. */
  actKind: AccessRequestActKind;
  /** Number of the appointing act. */
  actNumber: string;
  /** The aggregation of a MEMBER_REFERENT or LEAD_MANAGER. */
  aggregationID?: string | null | undefined;
  /** The member body of a MEMBER_REFERENT: a current member of the aggregation. */
  bodyID?: string | null | undefined;
  /** What the requester adds for the approver. */
  note?: string | null | undefined;
  /** The Region body of a REGION_OFFICER or AUDITOR. */
  regionBodyID?: string | null | undefined;
  /** The role asked for: MEMBER_REFERENT (with aggregationID and bodyID), LEAD_MANAGER (with aggregationID), REGION_OFFICER or AUDITOR (with regionBodyID). */
  role: AccessRequestRole;
};

/** A request to form a new aggregation: its name, lead body and members as formAggregation takes them, and the act appointing the requester to lead it for the lead body (e.g. the mayor's *decreto di nomina*, or the *delibera* approving the aggregation), a PDF of at most 10 MB. An admin decides it; approving forms the aggregation and makes the requester its LEAD_MANAGER. */
export type RequestAggregationInput = {
  /** The act, a PDF of at most 10 MB (multipart request). */
  act: File;
  /** Date of the appointing act, not after today. */
  actDate: string;
  /** Who issued the act. */
  actIssuer: string;
  /** Kind of the appointing act. */
  actKind: AccessRequestActKind;
  /** Number of the appointing act. */
  actNumber: string;
  /** What the aggregation is for. */
  description?: string | null | undefined;
  /** The lead body (capofila): a Comune or an Unione di Comuni. */
  leadID: string;
  /** The other members (Comuni and Unioni di Comuni), each once, at most 2,000. */
  members: Array<AggregationMemberInput>;
  /** Name of the aggregation, e.g. "Marche Sud". */
  name: string;
  /** What the requester adds for the admin. */
  note?: string | null | undefined;
};

/** Values of Review.outcome. Outcome; empty while the review is open. It becomes the claim's status. */
export type ReviewOutcome =
  /** Every expense admitted in full. */
  | 'ACCEPTED'
  /** The claim goes back to the lead with the comments, to be changed and submitted again. */
  | 'CHANGES_REQUESTED'
  /** Some amounts admitted and some cut. */
  | 'PARTIALLY_ACCEPTED'
  /** Nothing admitted. */
  | 'REJECTED';

/** A filter on Review objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type ReviewWhereInput = {
  /** admitted_cents field predicates */
  admittedCents?: number | null | undefined;
  admittedCentsGT?: number | null | undefined;
  admittedCentsGTE?: number | null | undefined;
  admittedCentsIn?: Array<number> | null | undefined;
  admittedCentsLT?: number | null | undefined;
  admittedCentsLTE?: number | null | undefined;
  admittedCentsNEQ?: number | null | undefined;
  admittedCentsNotIn?: Array<number> | null | undefined;
  and?: Array<ReviewWhereInput> | null | undefined;
  /** claim_id field predicates */
  claimID?: string | null | undefined;
  claimIDContains?: string | null | undefined;
  claimIDContainsFold?: string | null | undefined;
  claimIDEqualFold?: string | null | undefined;
  claimIDGT?: string | null | undefined;
  claimIDGTE?: string | null | undefined;
  claimIDHasPrefix?: string | null | undefined;
  claimIDHasSuffix?: string | null | undefined;
  claimIDIn?: Array<string> | null | undefined;
  claimIDLT?: string | null | undefined;
  claimIDLTE?: string | null | undefined;
  claimIDNEQ?: string | null | undefined;
  claimIDNotIn?: Array<string> | null | undefined;
  /** comments field predicates */
  comments?: string | null | undefined;
  commentsContains?: string | null | undefined;
  commentsContainsFold?: string | null | undefined;
  commentsEqualFold?: string | null | undefined;
  commentsGT?: string | null | undefined;
  commentsGTE?: string | null | undefined;
  commentsHasPrefix?: string | null | undefined;
  commentsHasSuffix?: string | null | undefined;
  commentsIn?: Array<string> | null | undefined;
  commentsIsNil?: boolean | null | undefined;
  commentsLT?: string | null | undefined;
  commentsLTE?: string | null | undefined;
  commentsNEQ?: string | null | undefined;
  commentsNotIn?: Array<string> | null | undefined;
  commentsNotNil?: boolean | null | undefined;
  /** completed_at field predicates */
  completedAt?: string | null | undefined;
  completedAtGT?: string | null | undefined;
  completedAtGTE?: string | null | undefined;
  completedAtIn?: Array<string> | null | undefined;
  completedAtIsNil?: boolean | null | undefined;
  completedAtLT?: string | null | undefined;
  completedAtLTE?: string | null | undefined;
  completedAtNEQ?: string | null | undefined;
  completedAtNotIn?: Array<string> | null | undefined;
  completedAtNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** cut_cents field predicates */
  cutCents?: number | null | undefined;
  cutCentsGT?: number | null | undefined;
  cutCentsGTE?: number | null | undefined;
  cutCentsIn?: Array<number> | null | undefined;
  cutCentsLT?: number | null | undefined;
  cutCentsLTE?: number | null | undefined;
  cutCentsNEQ?: number | null | undefined;
  cutCentsNotIn?: Array<number> | null | undefined;
  /** claim edge predicates */
  hasClaim?: boolean | null | undefined;
  hasClaimWith?: Array<ExpenseClaimWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** reviewer edge predicates */
  hasReviewer?: boolean | null | undefined;
  hasReviewerWith?: Array<UserWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  not?: ReviewWhereInput | null | undefined;
  or?: Array<ReviewWhereInput> | null | undefined;
  /** outcome field predicates */
  outcome?: ReviewOutcome | null | undefined;
  outcomeIn?: Array<ReviewOutcome> | null | undefined;
  outcomeIsNil?: boolean | null | undefined;
  outcomeNEQ?: ReviewOutcome | null | undefined;
  outcomeNotIn?: Array<ReviewOutcome> | null | undefined;
  outcomeNotNil?: boolean | null | undefined;
  /** reviewer_id field predicates */
  reviewerID?: string | null | undefined;
  reviewerIDContains?: string | null | undefined;
  reviewerIDContainsFold?: string | null | undefined;
  reviewerIDEqualFold?: string | null | undefined;
  reviewerIDGT?: string | null | undefined;
  reviewerIDGTE?: string | null | undefined;
  reviewerIDHasPrefix?: string | null | undefined;
  reviewerIDHasSuffix?: string | null | undefined;
  reviewerIDIn?: Array<string> | null | undefined;
  reviewerIDIsNil?: boolean | null | undefined;
  reviewerIDLT?: string | null | undefined;
  reviewerIDLTE?: string | null | undefined;
  reviewerIDNEQ?: string | null | undefined;
  reviewerIDNotIn?: Array<string> | null | undefined;
  reviewerIDNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
};

/** Values of RoleAssignment.role. The role granted; its scope is in regionBodyID, aggregationID and bodyID. */
export type RoleAssignmentRole =
  /** The installation's administrator: everything, everywhere; no scope. */
  | 'ADMIN'
  /** A first-level auditor of the Region in regionBodyID (*controllo di primo livello*): reads what was submitted to the Region and reviews expense claims. */
  | 'AUDITOR'
  /** The lead's project staff for the aggregation in aggregationID: drafts and submits the application, runs procurement, contracts, invoices, payments, deliverables and claims. */
  | 'LEAD_MANAGER'
  /** A member body's officer (bodyID) within the aggregation in aggregationID: reads the aggregation's project, moves its own deliverables and uploads their evidence. */
  | 'MEMBER_REFERENT'
  /** An officer of the Region in regionBodyID: publishes its calls, decides on applications, funds projects, moves projects and disbursements. */
  | 'REGION_OFFICER';

/** A filter on RoleAssignment objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type RoleAssignmentWhereInput = {
  /** aggregation_id field predicates */
  aggregationID?: string | null | undefined;
  aggregationIDContains?: string | null | undefined;
  aggregationIDContainsFold?: string | null | undefined;
  aggregationIDEqualFold?: string | null | undefined;
  aggregationIDGT?: string | null | undefined;
  aggregationIDGTE?: string | null | undefined;
  aggregationIDHasPrefix?: string | null | undefined;
  aggregationIDHasSuffix?: string | null | undefined;
  aggregationIDIn?: Array<string> | null | undefined;
  aggregationIDIsNil?: boolean | null | undefined;
  aggregationIDLT?: string | null | undefined;
  aggregationIDLTE?: string | null | undefined;
  aggregationIDNEQ?: string | null | undefined;
  aggregationIDNotIn?: Array<string> | null | undefined;
  aggregationIDNotNil?: boolean | null | undefined;
  and?: Array<RoleAssignmentWhereInput> | null | undefined;
  /** body_id field predicates */
  bodyID?: string | null | undefined;
  bodyIDContains?: string | null | undefined;
  bodyIDContainsFold?: string | null | undefined;
  bodyIDEqualFold?: string | null | undefined;
  bodyIDGT?: string | null | undefined;
  bodyIDGTE?: string | null | undefined;
  bodyIDHasPrefix?: string | null | undefined;
  bodyIDHasSuffix?: string | null | undefined;
  bodyIDIn?: Array<string> | null | undefined;
  bodyIDIsNil?: boolean | null | undefined;
  bodyIDLT?: string | null | undefined;
  bodyIDLTE?: string | null | undefined;
  bodyIDNEQ?: string | null | undefined;
  bodyIDNotIn?: Array<string> | null | undefined;
  bodyIDNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** granted_by_id field predicates */
  grantedByID?: string | null | undefined;
  grantedByIDContains?: string | null | undefined;
  grantedByIDContainsFold?: string | null | undefined;
  grantedByIDEqualFold?: string | null | undefined;
  grantedByIDGT?: string | null | undefined;
  grantedByIDGTE?: string | null | undefined;
  grantedByIDHasPrefix?: string | null | undefined;
  grantedByIDHasSuffix?: string | null | undefined;
  grantedByIDIn?: Array<string> | null | undefined;
  grantedByIDIsNil?: boolean | null | undefined;
  grantedByIDLT?: string | null | undefined;
  grantedByIDLTE?: string | null | undefined;
  grantedByIDNEQ?: string | null | undefined;
  grantedByIDNotIn?: Array<string> | null | undefined;
  grantedByIDNotNil?: boolean | null | undefined;
  /** aggregation edge predicates */
  hasAggregation?: boolean | null | undefined;
  hasAggregationWith?: Array<AggregationWhereInput> | null | undefined;
  /** body edge predicates */
  hasBody?: boolean | null | undefined;
  hasBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** granted_by edge predicates */
  hasGrantedBy?: boolean | null | undefined;
  hasGrantedByWith?: Array<UserWhereInput> | null | undefined;
  /** region_body edge predicates */
  hasRegionBody?: boolean | null | undefined;
  hasRegionBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** user edge predicates */
  hasUser?: boolean | null | undefined;
  hasUserWith?: Array<UserWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  not?: RoleAssignmentWhereInput | null | undefined;
  or?: Array<RoleAssignmentWhereInput> | null | undefined;
  /** region_body_id field predicates */
  regionBodyID?: string | null | undefined;
  regionBodyIDContains?: string | null | undefined;
  regionBodyIDContainsFold?: string | null | undefined;
  regionBodyIDEqualFold?: string | null | undefined;
  regionBodyIDGT?: string | null | undefined;
  regionBodyIDGTE?: string | null | undefined;
  regionBodyIDHasPrefix?: string | null | undefined;
  regionBodyIDHasSuffix?: string | null | undefined;
  regionBodyIDIn?: Array<string> | null | undefined;
  regionBodyIDIsNil?: boolean | null | undefined;
  regionBodyIDLT?: string | null | undefined;
  regionBodyIDLTE?: string | null | undefined;
  regionBodyIDNEQ?: string | null | undefined;
  regionBodyIDNotIn?: Array<string> | null | undefined;
  regionBodyIDNotNil?: boolean | null | undefined;
  /** role field predicates */
  role?: RoleAssignmentRole | null | undefined;
  roleIn?: Array<RoleAssignmentRole> | null | undefined;
  roleNEQ?: RoleAssignmentRole | null | undefined;
  roleNotIn?: Array<RoleAssignmentRole> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** user_id field predicates */
  userID?: string | null | undefined;
  userIDContains?: string | null | undefined;
  userIDContainsFold?: string | null | undefined;
  userIDEqualFold?: string | null | undefined;
  userIDGT?: string | null | undefined;
  userIDGTE?: string | null | undefined;
  userIDHasPrefix?: string | null | undefined;
  userIDHasSuffix?: string | null | undefined;
  userIDIn?: Array<string> | null | undefined;
  userIDLT?: string | null | undefined;
  userIDLTE?: string | null | undefined;
  userIDNEQ?: string | null | undefined;
  userIDNotIn?: Array<string> | null | undefined;
};

/** A contract signed for an awarded lot. */
export type SignContractInput = {
  /** End of the execution period. */
  endsOn?: string | null | undefined;
  /** The intervention line the contract delivers: its money is tracked under it. */
  interventionLineID?: string | null | undefined;
  /** The awarded lot. */
  lotID: string;
  /** Amount net of VAT. */
  netCents: number;
  /** Contract or order number (e.g. the MePA order number). */
  reference?: string | null | undefined;
  /** Day the contract was signed. */
  signedOn?: string | null | undefined;
  /** How the cost is split across the members. */
  split: ContractSplitInput;
  /** Start of the execution period. */
  startsOn?: string | null | undefined;
  /** VAT. */
  vatCents?: number | null | undefined;
  /** The vendor signing. */
  vendorID: string;
};

/** The changes to a Call: a field left out keeps its value; clear<Field> set to true empties an optional field. */
export type UpdateCallInput = {
  /** IDs to link (applications): Applications to this call. */
  addApplicationIDs?: Array<string> | null | undefined;
  /** IDs to link (expenseCategories): Expense categories defined by the call. */
  addExpenseCategoryIDs?: Array<string> | null | undefined;
  /** IDs to link (interventionLines): Intervention lines (work packages) defined by the call. */
  addInterventionLineIDs?: Array<string> | null | undefined;
  /** Advance paid at funding, as a share of the grant. In basis points: 1% = 100, 100% = 10000. */
  advanceBp?: number | null | undefined;
  /** Values added at the end of eligibleApplicantKinds. */
  appendEligibleApplicantKinds?: Array<string> | null | undefined;
  /** Values added at the end of requiredAttachments. */
  appendRequiredAttachments?: Array<string> | null | undefined;
  /** Values added at the end of reviewChecklist. */
  appendReviewChecklist?: Array<string> | null | undefined;
  /** Balance paid at completion, as a share of the grant. In basis points: 1% = 100, 100% = 10000. */
  balanceBp?: number | null | undefined;
  /** Maximum budget for each member body. In euro cents, at most 100.000.000.000 (one billion euro). */
  capPerMemberCents?: number | null | undefined;
  /** Maximum budget for one project. In euro cents, at most 100.000.000.000 (one billion euro). */
  capPerProjectCents?: number | null | undefined;
  /** True unlinks everything in applications. */
  clearApplications?: boolean | null | undefined;
  /** True empties capPerMemberCents. */
  clearCapPerMemberCents?: boolean | null | undefined;
  /** True empties capPerProjectCents. */
  clearCapPerProjectCents?: boolean | null | undefined;
  /** True empties closesAt. */
  clearClosesAt?: boolean | null | undefined;
  /** True empties contractDeadlineMonths. */
  clearContractDeadlineMonths?: boolean | null | undefined;
  /** True empties cupDeadlineDays. */
  clearCupDeadlineDays?: boolean | null | undefined;
  /** True empties decisionDays. */
  clearDecisionDays?: boolean | null | undefined;
  /** True empties description. */
  clearDescription?: boolean | null | undefined;
  /** True empties durationMonths. */
  clearDurationMonths?: boolean | null | undefined;
  /** True empties eligibleApplicantKinds. */
  clearEligibleApplicantKinds?: boolean | null | undefined;
  /** True empties eligibleFrom. */
  clearEligibleFrom?: boolean | null | undefined;
  /** True empties eligibleUntil. */
  clearEligibleUntil?: boolean | null | undefined;
  /** True unlinks everything in expenseCategories. */
  clearExpenseCategories?: boolean | null | undefined;
  /** True empties integrationDays. */
  clearIntegrationDays?: boolean | null | undefined;
  /** True unlinks everything in interventionLines. */
  clearInterventionLines?: boolean | null | undefined;
  /** True empties maxMembers. */
  clearMaxMembers?: boolean | null | undefined;
  /** True empties minMembers. */
  clearMinMembers?: boolean | null | undefined;
  /** True empties minProjectCents. */
  clearMinProjectCents?: boolean | null | undefined;
  /** True empties opensAt. */
  clearOpensAt?: boolean | null | undefined;
  /** True empties populationYear. */
  clearPopulationYear?: boolean | null | undefined;
  /** True empties pucSettings. */
  clearPucSettings?: boolean | null | undefined;
  /** True empties reference. */
  clearReference?: boolean | null | undefined;
  /** True empties reportingEveryMonths. */
  clearReportingEveryMonths?: boolean | null | undefined;
  /** True empties requiredAttachments. */
  clearRequiredAttachments?: boolean | null | undefined;
  /** True empties reviewChecklist. */
  clearReviewChecklist?: boolean | null | undefined;
  /** True empties reviewDays. */
  clearReviewDays?: boolean | null | undefined;
  /** When applications close (instant; shown in Europe/Rome). Later submissions are refused. */
  closesAt?: string | null | undefined;
  /** Share of the eligible cost the call funds; the rest is the applicants' own money. In basis points: 1% = 100, 100% = 10000. */
  cofinancingRateBp?: number | null | undefined;
  /** Months after funding within which the supplier contract must be signed. */
  contractDeadlineMonths?: number | null | undefined;
  /** Days after funding within which the CUP must be communicated. */
  cupDeadlineDays?: number | null | undefined;
  /** Days from submission within which the Region decides an application (the term of the procedure, L. 241/1990 art. 2). Empty: the call sets no term and no deadline is shown. */
  decisionDays?: number | null | undefined;
  /** Summary of the call's purpose. */
  description?: string | null | undefined;
  /** Duration of funded projects, in months. */
  durationMonths?: number | null | undefined;
  /** Kinds of bodies that may apply (e.g. COMUNE, UNIONE_COMUNI); empty means any. */
  eligibleApplicantKinds?: Array<string> | null | undefined;
  /** First day on which expenses are eligible. */
  eligibleFrom?: string | null | undefined;
  /** Last day on which expenses are eligible. */
  eligibleUntil?: string | null | undefined;
  /** Variations: the share of a member's allocation (in %) the lead may move alone between its expense categories, the member's total unchanged; larger moves need the Region's approval. */
  freeMovePercent?: number | null | undefined;
  /** Source of the money. */
  fund?: CallFund | null | undefined;
  /** Days the lead has to answer a request for missing items (*soccorso istruttorio*, L. 241/1990 art. 6 c. 1 lett. b), from the request, when the officer gives no date. Empty: 10 days, the term of art. 10-bis L. 241/1990. */
  integrationDays?: number | null | undefined;
  /** Maximum cumulative interim payments, as a share of the grant. In basis points: 1% = 100, 100% = 10000. */
  interimMaxBp?: number | null | undefined;
  /** Variations: the total months all the extensions of a project may add to its end date. */
  maxExtensionMonths?: number | null | undefined;
  /** Variations: how many extensions of the end date (*proroghe*) a project may be granted. */
  maxExtensions?: number | null | undefined;
  /** Maximum number of bodies in an aggregation. */
  maxMembers?: number | null | undefined;
  /** Minimum number of bodies in an aggregation. */
  minMembers?: number | null | undefined;
  /** Minimum total cost of a project. In euro cents, at most 100.000.000.000 (one billion euro). */
  minProjectCents?: number | null | undefined;
  /** When applications open (instant; shown in Europe/Rome). */
  opensAt?: string | null | undefined;
  /** Year of the population the call uses for splits by population and per-capita amounts: ISTAT resident population at 1 January of that year (e.g. 2024). Empty: each body's latest figure. */
  populationYear?: number | null | undefined;
  /** National monitoring (Protocollo Unico di Colloquio): the codes the Region's and the State's monitoring systems assign and Capofila cannot know, one per line as KEY=VALUE: COD_PROGRAMMA (programme CCI), COD_PROC_ATT (the call's code in the national system), TIPO_OPERAZIONE, COD_LIV_GERARCHICO, optionally TIP_PROCEDURA_ATT, COD_TIPO_RESP_PROC, TIPO_AIUTO, TIPO_LOCALIZZAZIONE, COD_VULNERABILI, COD_NORMA, COD_DEL_CIPE, COD_FONDO:EU|STATE|REGION|OWN, and repeatable CLASSIFICAZIONE=TYPE:CODE, VOCE_SPESA:<category code>=<item>, INDICATORE_OUTPUT=COM|DPR:<code>[:<intervention line code>]. See docs/REPORTS.md. */
  pucSettings?: string | null | undefined;
  /** Reference of the act approving the call, e.g. "DDPF n. 123 del 10/03/2026". */
  reference?: string | null | undefined;
  /** How the funded costs are recognised. */
  regime?: CallRegime | null | undefined;
  /** IDs to unlink (applications): Applications to this call. */
  removeApplicationIDs?: Array<string> | null | undefined;
  /** IDs to unlink (expenseCategories): Expense categories defined by the call. */
  removeExpenseCategoryIDs?: Array<string> | null | undefined;
  /** IDs to unlink (interventionLines): Intervention lines (work packages) defined by the call. */
  removeInterventionLineIDs?: Array<string> | null | undefined;
  /** Cadence of expense claims, in months. */
  reportingEveryMonths?: number | null | undefined;
  /** Attachments every application must carry, by name (e.g. "Delibere di adesione", "Convenzione firmata"). */
  requiredAttachments?: Array<string> | null | undefined;
  /** Checks the Region's auditors perform on every expense claim (controlli di primo livello); a standard list when empty. */
  reviewChecklist?: Array<string> | null | undefined;
  /** Days from submission within which the Region's auditors complete the review of an expense claim. Empty: 60 days, leaving the Region 20 of the 80 days within which a beneficiary is paid (Reg. (UE) 2021/1060 art. 74). */
  reviewDays?: number | null | undefined;
  /** Version of the row, increased by every update; send the row version you read with an update to be told (CONFLICT) when someone changed it in between. */
  rowVersion?: number | null | undefined;
  /** Title of the call. */
  title?: string | null | undefined;
  /** Total money available (dotazione). In euro cents, at most 100.000.000.000 (one billion euro). */
  totalBudgetCents?: number | null | undefined;
};

/** The changes to a Membership: a field left out keeps its value; clear<Field> set to true empties an optional field. */
export type UpdateMembershipInput = {
  /** True empties joinedOn. */
  clearJoinedOn?: boolean | null | undefined;
  /** True empties leftOn. */
  clearLeftOn?: boolean | null | undefined;
  /** True empties resolutionDate. */
  clearResolutionDate?: boolean | null | undefined;
  /** True empties resolutionNumber. */
  clearResolutionNumber?: boolean | null | undefined;
  /** True empties resolutionOrgan. */
  clearResolutionOrgan?: boolean | null | undefined;
  /** Day the body joined. */
  joinedOn?: string | null | undefined;
  /** Day the body left; empty while it is a member. */
  leftOn?: string | null | undefined;
  /** Date of the council resolution. */
  resolutionDate?: string | null | undefined;
  /** Number of the council resolution (delibera) approving the membership. */
  resolutionNumber?: string | null | undefined;
  /** Organ that adopted the resolution. */
  resolutionOrgan?: MembershipResolutionOrgan | null | undefined;
  /** The body's part in the aggregation. */
  role?: MembershipRole | null | undefined;
  /** Version of the row, increased by every update; send the version you read with an update to be told (CONFLICT) when someone changed it in between. */
  version?: number | null | undefined;
};

/** The changes to a Milestone: a field left out keeps its value; clear<Field> set to true empties an optional field. */
export type UpdateMilestoneInput = {
  /** True empties doneOn. */
  clearDoneOn?: boolean | null | undefined;
  /** True empties location. */
  clearLocation?: boolean | null | undefined;
  /** True empties notes. */
  clearNotes?: boolean | null | undefined;
  /** Day it was met; empty while pending. */
  doneOn?: string | null | undefined;
  /** Day of the event or deadline. */
  dueOn?: string | null | undefined;
  /** What kind of event it is. */
  kind?: MilestoneKind | null | undefined;
  /** Place or link of a meeting. */
  location?: string | null | undefined;
  /** Notes, agenda or minutes. */
  notes?: string | null | undefined;
  /** What happens. */
  title?: string | null | undefined;
  /** Version of the row, increased by every update; send the version you read with an update to be told (CONFLICT) when someone changed it in between. */
  version?: number | null | undefined;
};

/** What a user tells about itself; a field left out stays as it is. */
export type UpdateProfileInput = {
  /** Name shown to other users and printed as the declarant of the claims the user submits; not blank, at most 200 characters. */
  displayName?: string | null | undefined;
  /** Position held (e.g. "Dirigente Settore Innovazione"), printed after the name in the declarations the user signs; "" clears it. */
  jobTitle?: string | null | undefined;
  /** The user's version as read; if the account changed since, the update is a CONFLICT (version.stale). Omit to overwrite. */
  version?: number | null | undefined;
};

/** Changes to a draft variation: every field given replaces the old one. */
export type UpdateVariationInput = {
  /** The complete plan after the change (replaces the proposed one; an empty list: the plan does not change). */
  allocations?: Array<VariationAllocationInput> | null | undefined;
  /** True to remove the body that joins. */
  clearJoiningBody?: boolean | null | undefined;
  /** True to remove the member that leaves. */
  clearLeavingBody?: boolean | null | undefined;
  /** True to remove the new lead. */
  clearNewLeadBody?: boolean | null | undefined;
  /** True to remove the day requested (the decision day applies). */
  clearRequestedEffectiveFrom?: boolean | null | undefined;
  /** True to remove the end date requested. */
  clearRequestedEndsOn?: boolean | null | undefined;
  /** The contract modifications listed (replaces the old list). */
  contractModificationIDs?: Array<string> | null | undefined;
  /** MEMBER_ACCESSION: the body that joins. */
  joiningBodyID?: string | null | undefined;
  /** What the variation changes (at least one). */
  kinds?: Array<VariationKind> | null | undefined;
  /** MEMBER_WITHDRAWAL: the member that leaves. */
  leavingBodyID?: string | null | undefined;
  /** LEAD_CHANGE: the member that becomes the lead. */
  newLeadBodyID?: string | null | undefined;
  /** Why (at most 4000 characters). */
  reason?: string | null | undefined;
  /** The day from which the change should apply. */
  requestedEffectiveFrom?: string | null | undefined;
  /** END_DATE_EXTENSION: the end date requested. */
  requestedEndsOn?: string | null | undefined;
};

/** A filter on User objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type UserWhereInput = {
  /** active field predicates */
  active?: boolean | null | undefined;
  activeNEQ?: boolean | null | undefined;
  and?: Array<UserWhereInput> | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** display_name field predicates */
  displayName?: string | null | undefined;
  displayNameContains?: string | null | undefined;
  displayNameContainsFold?: string | null | undefined;
  displayNameEqualFold?: string | null | undefined;
  displayNameGT?: string | null | undefined;
  displayNameGTE?: string | null | undefined;
  displayNameHasPrefix?: string | null | undefined;
  displayNameHasSuffix?: string | null | undefined;
  displayNameIn?: Array<string> | null | undefined;
  displayNameLT?: string | null | undefined;
  displayNameLTE?: string | null | undefined;
  displayNameNEQ?: string | null | undefined;
  displayNameNotIn?: Array<string> | null | undefined;
  /** email field predicates */
  email?: string | null | undefined;
  emailContains?: string | null | undefined;
  emailContainsFold?: string | null | undefined;
  emailEqualFold?: string | null | undefined;
  emailGT?: string | null | undefined;
  emailGTE?: string | null | undefined;
  emailHasPrefix?: string | null | undefined;
  emailHasSuffix?: string | null | undefined;
  emailIn?: Array<string> | null | undefined;
  emailLT?: string | null | undefined;
  emailLTE?: string | null | undefined;
  emailNEQ?: string | null | undefined;
  emailNotIn?: Array<string> | null | undefined;
  /** api_tokens edge predicates */
  hasAPITokens?: boolean | null | undefined;
  hasAPITokensWith?: Array<ApiTokenWhereInput> | null | undefined;
  /** calendar_feeds edge predicates */
  hasCalendarFeeds?: boolean | null | undefined;
  hasCalendarFeedsWith?: Array<CalendarFeedWhereInput> | null | undefined;
  /** role_assignments edge predicates */
  hasRoleAssignments?: boolean | null | undefined;
  hasRoleAssignmentsWith?: Array<RoleAssignmentWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** job_title field predicates */
  jobTitle?: string | null | undefined;
  jobTitleContains?: string | null | undefined;
  jobTitleContainsFold?: string | null | undefined;
  jobTitleEqualFold?: string | null | undefined;
  jobTitleGT?: string | null | undefined;
  jobTitleGTE?: string | null | undefined;
  jobTitleHasPrefix?: string | null | undefined;
  jobTitleHasSuffix?: string | null | undefined;
  jobTitleIn?: Array<string> | null | undefined;
  jobTitleIsNil?: boolean | null | undefined;
  jobTitleLT?: string | null | undefined;
  jobTitleLTE?: string | null | undefined;
  jobTitleNEQ?: string | null | undefined;
  jobTitleNotIn?: Array<string> | null | undefined;
  jobTitleNotNil?: boolean | null | undefined;
  /** last_sign_in_at field predicates */
  lastSignInAt?: string | null | undefined;
  lastSignInAtGT?: string | null | undefined;
  lastSignInAtGTE?: string | null | undefined;
  lastSignInAtIn?: Array<string> | null | undefined;
  lastSignInAtIsNil?: boolean | null | undefined;
  lastSignInAtLT?: string | null | undefined;
  lastSignInAtLTE?: string | null | undefined;
  lastSignInAtNEQ?: string | null | undefined;
  lastSignInAtNotIn?: Array<string> | null | undefined;
  lastSignInAtNotNil?: boolean | null | undefined;
  not?: UserWhereInput | null | undefined;
  or?: Array<UserWhereInput> | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** One row of a variation's proposed plan: the complete plan after the change, like setAllocations' input. */
export type VariationAllocationInput = {
  /** Amount allocated after the change; 0 leaves the row out. */
  amountCents: number;
  /** The member body (for an accession, the joining body). */
  bodyID: string;
  /** The expense category, one of the call's. */
  expenseCategoryID: string;
  /** The intervention line, when the allocation is per line. */
  interventionLineID?: string | null | undefined;
};

/** What a variation changes. */
export type VariationKind =
  /** Modifications of contracts (art. 120 D.Lgs. 36/2023) made effective with the new plan. */
  | 'CONTRACT_MODIFICATION'
  /** Extension of the project's end date (*proroga*). */
  | 'END_DATE_EXTENSION'
  /** Another member becomes the lead body (*ente capofila*). */
  | 'LEAD_CHANGE'
  /** A Comune or Unione joins the aggregation with allocations from the plan. */
  | 'MEMBER_ACCESSION'
  /** A member leaves the aggregation; its unspent allocation moves to others. */
  | 'MEMBER_WITHDRAWAL'
  /** Re-plan of the allocations between members, categories and lines. */
  | 'REPLAN';

/** The officer's decision on a variation. */
export type VariationOutcome =
  /** Approved as requested. */
  | 'APPROVED'
  /** Approved in part: with the officer's plan and/or an earlier end date. */
  | 'PARTIALLY_APPROVED'
  /** Rejected. */
  | 'REJECTED';

/** Values of Variation.status. Lifecycle: DRAFT → REQUESTED → APPROVED | PARTIALLY_APPROVED | REJECTED; WITHDRAWN by the lead before a decision. */
export type VariationStatus =
  /** Approved as requested (or applied at once, when within the lead's discretion): its plan version is in force. */
  | 'APPROVED'
  /** Being written by the lead; its problems are listed. */
  | 'DRAFT'
  /** Approved in part: the officer's plan and end date are in force. */
  | 'PARTIALLY_APPROVED'
  /** Rejected by the officer (see decisionReason); final. */
  | 'REJECTED'
  /** Submitted and frozen; waiting for the Region's officer. */
  | 'REQUESTED'
  /** Withdrawn by the lead before a decision; final. */
  | 'WITHDRAWN';

/** A filter on Variation objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type VariationWhereInput = {
  and?: Array<VariationWhereInput> | null | undefined;
  /** approved_ends_on field predicates */
  approvedEndsOn?: string | null | undefined;
  approvedEndsOnGT?: string | null | undefined;
  approvedEndsOnGTE?: string | null | undefined;
  approvedEndsOnIn?: Array<string> | null | undefined;
  approvedEndsOnIsNil?: boolean | null | undefined;
  approvedEndsOnLT?: string | null | undefined;
  approvedEndsOnLTE?: string | null | undefined;
  approvedEndsOnNEQ?: string | null | undefined;
  approvedEndsOnNotIn?: Array<string> | null | undefined;
  approvedEndsOnNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** decided_at field predicates */
  decidedAt?: string | null | undefined;
  decidedAtGT?: string | null | undefined;
  decidedAtGTE?: string | null | undefined;
  decidedAtIn?: Array<string> | null | undefined;
  decidedAtIsNil?: boolean | null | undefined;
  decidedAtLT?: string | null | undefined;
  decidedAtLTE?: string | null | undefined;
  decidedAtNEQ?: string | null | undefined;
  decidedAtNotIn?: Array<string> | null | undefined;
  decidedAtNotNil?: boolean | null | undefined;
  /** decided_by_id field predicates */
  decidedByID?: string | null | undefined;
  decidedByIDContains?: string | null | undefined;
  decidedByIDContainsFold?: string | null | undefined;
  decidedByIDEqualFold?: string | null | undefined;
  decidedByIDGT?: string | null | undefined;
  decidedByIDGTE?: string | null | undefined;
  decidedByIDHasPrefix?: string | null | undefined;
  decidedByIDHasSuffix?: string | null | undefined;
  decidedByIDIn?: Array<string> | null | undefined;
  decidedByIDIsNil?: boolean | null | undefined;
  decidedByIDLT?: string | null | undefined;
  decidedByIDLTE?: string | null | undefined;
  decidedByIDNEQ?: string | null | undefined;
  decidedByIDNotIn?: Array<string> | null | undefined;
  decidedByIDNotNil?: boolean | null | undefined;
  /** decision_reason field predicates */
  decisionReason?: string | null | undefined;
  decisionReasonContains?: string | null | undefined;
  decisionReasonContainsFold?: string | null | undefined;
  decisionReasonEqualFold?: string | null | undefined;
  decisionReasonGT?: string | null | undefined;
  decisionReasonGTE?: string | null | undefined;
  decisionReasonHasPrefix?: string | null | undefined;
  decisionReasonHasSuffix?: string | null | undefined;
  decisionReasonIn?: Array<string> | null | undefined;
  decisionReasonIsNil?: boolean | null | undefined;
  decisionReasonLT?: string | null | undefined;
  decisionReasonLTE?: string | null | undefined;
  decisionReasonNEQ?: string | null | undefined;
  decisionReasonNotIn?: Array<string> | null | undefined;
  decisionReasonNotNil?: boolean | null | undefined;
  /** effective_from field predicates */
  effectiveFrom?: string | null | undefined;
  effectiveFromGT?: string | null | undefined;
  effectiveFromGTE?: string | null | undefined;
  effectiveFromIn?: Array<string> | null | undefined;
  effectiveFromIsNil?: boolean | null | undefined;
  effectiveFromLT?: string | null | undefined;
  effectiveFromLTE?: string | null | undefined;
  effectiveFromNEQ?: string | null | undefined;
  effectiveFromNotIn?: Array<string> | null | undefined;
  effectiveFromNotNil?: boolean | null | undefined;
  /** decided_by edge predicates */
  hasDecidedBy?: boolean | null | undefined;
  hasDecidedByWith?: Array<UserWhereInput> | null | undefined;
  /** documents edge predicates */
  hasDocuments?: boolean | null | undefined;
  hasDocumentsWith?: Array<DocumentWhereInput> | null | undefined;
  /** joining_body edge predicates */
  hasJoiningBody?: boolean | null | undefined;
  hasJoiningBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** leaving_body edge predicates */
  hasLeavingBody?: boolean | null | undefined;
  hasLeavingBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** new_lead_body edge predicates */
  hasNewLeadBody?: boolean | null | undefined;
  hasNewLeadBodyWith?: Array<PublicBodyWhereInput> | null | undefined;
  /** project edge predicates */
  hasProject?: boolean | null | undefined;
  hasProjectWith?: Array<ProjectWhereInput> | null | undefined;
  /** submitted_by edge predicates */
  hasSubmittedBy?: boolean | null | undefined;
  hasSubmittedByWith?: Array<UserWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** joining_body_id field predicates */
  joiningBodyID?: string | null | undefined;
  joiningBodyIDContains?: string | null | undefined;
  joiningBodyIDContainsFold?: string | null | undefined;
  joiningBodyIDEqualFold?: string | null | undefined;
  joiningBodyIDGT?: string | null | undefined;
  joiningBodyIDGTE?: string | null | undefined;
  joiningBodyIDHasPrefix?: string | null | undefined;
  joiningBodyIDHasSuffix?: string | null | undefined;
  joiningBodyIDIn?: Array<string> | null | undefined;
  joiningBodyIDIsNil?: boolean | null | undefined;
  joiningBodyIDLT?: string | null | undefined;
  joiningBodyIDLTE?: string | null | undefined;
  joiningBodyIDNEQ?: string | null | undefined;
  joiningBodyIDNotIn?: Array<string> | null | undefined;
  joiningBodyIDNotNil?: boolean | null | undefined;
  /** leaving_body_id field predicates */
  leavingBodyID?: string | null | undefined;
  leavingBodyIDContains?: string | null | undefined;
  leavingBodyIDContainsFold?: string | null | undefined;
  leavingBodyIDEqualFold?: string | null | undefined;
  leavingBodyIDGT?: string | null | undefined;
  leavingBodyIDGTE?: string | null | undefined;
  leavingBodyIDHasPrefix?: string | null | undefined;
  leavingBodyIDHasSuffix?: string | null | undefined;
  leavingBodyIDIn?: Array<string> | null | undefined;
  leavingBodyIDIsNil?: boolean | null | undefined;
  leavingBodyIDLT?: string | null | undefined;
  leavingBodyIDLTE?: string | null | undefined;
  leavingBodyIDNEQ?: string | null | undefined;
  leavingBodyIDNotIn?: Array<string> | null | undefined;
  leavingBodyIDNotNil?: boolean | null | undefined;
  /** new_lead_body_id field predicates */
  newLeadBodyID?: string | null | undefined;
  newLeadBodyIDContains?: string | null | undefined;
  newLeadBodyIDContainsFold?: string | null | undefined;
  newLeadBodyIDEqualFold?: string | null | undefined;
  newLeadBodyIDGT?: string | null | undefined;
  newLeadBodyIDGTE?: string | null | undefined;
  newLeadBodyIDHasPrefix?: string | null | undefined;
  newLeadBodyIDHasSuffix?: string | null | undefined;
  newLeadBodyIDIn?: Array<string> | null | undefined;
  newLeadBodyIDIsNil?: boolean | null | undefined;
  newLeadBodyIDLT?: string | null | undefined;
  newLeadBodyIDLTE?: string | null | undefined;
  newLeadBodyIDNEQ?: string | null | undefined;
  newLeadBodyIDNotIn?: Array<string> | null | undefined;
  newLeadBodyIDNotNil?: boolean | null | undefined;
  not?: VariationWhereInput | null | undefined;
  /** number field predicates */
  number?: number | null | undefined;
  numberGT?: number | null | undefined;
  numberGTE?: number | null | undefined;
  numberIn?: Array<number> | null | undefined;
  numberLT?: number | null | undefined;
  numberLTE?: number | null | undefined;
  numberNEQ?: number | null | undefined;
  numberNotIn?: Array<number> | null | undefined;
  or?: Array<VariationWhereInput> | null | undefined;
  /** plan_version_id field predicates */
  planVersionID?: string | null | undefined;
  planVersionIDContains?: string | null | undefined;
  planVersionIDContainsFold?: string | null | undefined;
  planVersionIDEqualFold?: string | null | undefined;
  planVersionIDGT?: string | null | undefined;
  planVersionIDGTE?: string | null | undefined;
  planVersionIDHasPrefix?: string | null | undefined;
  planVersionIDHasSuffix?: string | null | undefined;
  planVersionIDIn?: Array<string> | null | undefined;
  planVersionIDIsNil?: boolean | null | undefined;
  planVersionIDLT?: string | null | undefined;
  planVersionIDLTE?: string | null | undefined;
  planVersionIDNEQ?: string | null | undefined;
  planVersionIDNotIn?: Array<string> | null | undefined;
  planVersionIDNotNil?: boolean | null | undefined;
  /** project_id field predicates */
  projectID?: string | null | undefined;
  projectIDContains?: string | null | undefined;
  projectIDContainsFold?: string | null | undefined;
  projectIDEqualFold?: string | null | undefined;
  projectIDGT?: string | null | undefined;
  projectIDGTE?: string | null | undefined;
  projectIDHasPrefix?: string | null | undefined;
  projectIDHasSuffix?: string | null | undefined;
  projectIDIn?: Array<string> | null | undefined;
  projectIDLT?: string | null | undefined;
  projectIDLTE?: string | null | undefined;
  projectIDNEQ?: string | null | undefined;
  projectIDNotIn?: Array<string> | null | undefined;
  /** reason field predicates */
  reason?: string | null | undefined;
  reasonContains?: string | null | undefined;
  reasonContainsFold?: string | null | undefined;
  reasonEqualFold?: string | null | undefined;
  reasonGT?: string | null | undefined;
  reasonGTE?: string | null | undefined;
  reasonHasPrefix?: string | null | undefined;
  reasonHasSuffix?: string | null | undefined;
  reasonIn?: Array<string> | null | undefined;
  reasonLT?: string | null | undefined;
  reasonLTE?: string | null | undefined;
  reasonNEQ?: string | null | undefined;
  reasonNotIn?: Array<string> | null | undefined;
  /** requested_effective_from field predicates */
  requestedEffectiveFrom?: string | null | undefined;
  requestedEffectiveFromGT?: string | null | undefined;
  requestedEffectiveFromGTE?: string | null | undefined;
  requestedEffectiveFromIn?: Array<string> | null | undefined;
  requestedEffectiveFromIsNil?: boolean | null | undefined;
  requestedEffectiveFromLT?: string | null | undefined;
  requestedEffectiveFromLTE?: string | null | undefined;
  requestedEffectiveFromNEQ?: string | null | undefined;
  requestedEffectiveFromNotIn?: Array<string> | null | undefined;
  requestedEffectiveFromNotNil?: boolean | null | undefined;
  /** requested_ends_on field predicates */
  requestedEndsOn?: string | null | undefined;
  requestedEndsOnGT?: string | null | undefined;
  requestedEndsOnGTE?: string | null | undefined;
  requestedEndsOnIn?: Array<string> | null | undefined;
  requestedEndsOnIsNil?: boolean | null | undefined;
  requestedEndsOnLT?: string | null | undefined;
  requestedEndsOnLTE?: string | null | undefined;
  requestedEndsOnNEQ?: string | null | undefined;
  requestedEndsOnNotIn?: Array<string> | null | undefined;
  requestedEndsOnNotNil?: boolean | null | undefined;
  /** status field predicates */
  status?: VariationStatus | null | undefined;
  statusIn?: Array<VariationStatus> | null | undefined;
  statusNEQ?: VariationStatus | null | undefined;
  statusNotIn?: Array<VariationStatus> | null | undefined;
  /** submitted_at field predicates */
  submittedAt?: string | null | undefined;
  submittedAtGT?: string | null | undefined;
  submittedAtGTE?: string | null | undefined;
  submittedAtIn?: Array<string> | null | undefined;
  submittedAtIsNil?: boolean | null | undefined;
  submittedAtLT?: string | null | undefined;
  submittedAtLTE?: string | null | undefined;
  submittedAtNEQ?: string | null | undefined;
  submittedAtNotIn?: Array<string> | null | undefined;
  submittedAtNotNil?: boolean | null | undefined;
  /** submitted_by_id field predicates */
  submittedByID?: string | null | undefined;
  submittedByIDContains?: string | null | undefined;
  submittedByIDContainsFold?: string | null | undefined;
  submittedByIDEqualFold?: string | null | undefined;
  submittedByIDGT?: string | null | undefined;
  submittedByIDGTE?: string | null | undefined;
  submittedByIDHasPrefix?: string | null | undefined;
  submittedByIDHasSuffix?: string | null | undefined;
  submittedByIDIn?: Array<string> | null | undefined;
  submittedByIDIsNil?: boolean | null | undefined;
  submittedByIDLT?: string | null | undefined;
  submittedByIDLTE?: string | null | undefined;
  submittedByIDNEQ?: string | null | undefined;
  submittedByIDNotIn?: Array<string> | null | undefined;
  submittedByIDNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

/** A filter on Vendor objects, the where argument of a list. Every predicate set must hold. A predicate named after a field tests equality; the same name with a suffix compares otherwise: NEQ, In, NotIn, GT, GTE, LT, LTE, Contains, HasPrefix, HasSuffix, EqualFold and ContainsFold (case-insensitive), IsNil and NotNil. has<Edge> tests whether an edge leads to any object, has<Edge>With whether it leads to one matching a filter; not, and and or combine filters. */
export type VendorWhereInput = {
  /** address field predicates */
  address?: string | null | undefined;
  addressContains?: string | null | undefined;
  addressContainsFold?: string | null | undefined;
  addressEqualFold?: string | null | undefined;
  addressGT?: string | null | undefined;
  addressGTE?: string | null | undefined;
  addressHasPrefix?: string | null | undefined;
  addressHasSuffix?: string | null | undefined;
  addressIn?: Array<string> | null | undefined;
  addressIsNil?: boolean | null | undefined;
  addressLT?: string | null | undefined;
  addressLTE?: string | null | undefined;
  addressNEQ?: string | null | undefined;
  addressNotIn?: Array<string> | null | undefined;
  addressNotNil?: boolean | null | undefined;
  and?: Array<VendorWhereInput> | null | undefined;
  /** city field predicates */
  city?: string | null | undefined;
  cityContains?: string | null | undefined;
  cityContainsFold?: string | null | undefined;
  cityEqualFold?: string | null | undefined;
  cityGT?: string | null | undefined;
  cityGTE?: string | null | undefined;
  cityHasPrefix?: string | null | undefined;
  cityHasSuffix?: string | null | undefined;
  cityIn?: Array<string> | null | undefined;
  cityIsNil?: boolean | null | undefined;
  cityLT?: string | null | undefined;
  cityLTE?: string | null | undefined;
  cityNEQ?: string | null | undefined;
  cityNotIn?: Array<string> | null | undefined;
  cityNotNil?: boolean | null | undefined;
  /** codice_fiscale field predicates */
  codiceFiscale?: string | null | undefined;
  codiceFiscaleContains?: string | null | undefined;
  codiceFiscaleContainsFold?: string | null | undefined;
  codiceFiscaleEqualFold?: string | null | undefined;
  codiceFiscaleGT?: string | null | undefined;
  codiceFiscaleGTE?: string | null | undefined;
  codiceFiscaleHasPrefix?: string | null | undefined;
  codiceFiscaleHasSuffix?: string | null | undefined;
  codiceFiscaleIn?: Array<string> | null | undefined;
  codiceFiscaleIsNil?: boolean | null | undefined;
  codiceFiscaleLT?: string | null | undefined;
  codiceFiscaleLTE?: string | null | undefined;
  codiceFiscaleNEQ?: string | null | undefined;
  codiceFiscaleNotIn?: Array<string> | null | undefined;
  codiceFiscaleNotNil?: boolean | null | undefined;
  /** created_at field predicates */
  createdAt?: string | null | undefined;
  createdAtGT?: string | null | undefined;
  createdAtGTE?: string | null | undefined;
  createdAtIn?: Array<string> | null | undefined;
  createdAtLT?: string | null | undefined;
  createdAtLTE?: string | null | undefined;
  createdAtNEQ?: string | null | undefined;
  createdAtNotIn?: Array<string> | null | undefined;
  /** contracts edge predicates */
  hasContracts?: boolean | null | undefined;
  hasContractsWith?: Array<ContractWhereInput> | null | undefined;
  /** grouping_members edge predicates */
  hasGroupingMembers?: boolean | null | undefined;
  hasGroupingMembersWith?: Array<GroupingMemberWhereInput> | null | undefined;
  /** id field predicates */
  id?: string | null | undefined;
  idGT?: string | null | undefined;
  idGTE?: string | null | undefined;
  idIn?: Array<string> | null | undefined;
  idLT?: string | null | undefined;
  idLTE?: string | null | undefined;
  idNEQ?: string | null | undefined;
  idNotIn?: Array<string> | null | undefined;
  /** is_grouping field predicates */
  isGrouping?: boolean | null | undefined;
  isGroupingNEQ?: boolean | null | undefined;
  /** name field predicates */
  name?: string | null | undefined;
  nameContains?: string | null | undefined;
  nameContainsFold?: string | null | undefined;
  nameEqualFold?: string | null | undefined;
  nameGT?: string | null | undefined;
  nameGTE?: string | null | undefined;
  nameHasPrefix?: string | null | undefined;
  nameHasSuffix?: string | null | undefined;
  nameIn?: Array<string> | null | undefined;
  nameLT?: string | null | undefined;
  nameLTE?: string | null | undefined;
  nameNEQ?: string | null | undefined;
  nameNotIn?: Array<string> | null | undefined;
  not?: VendorWhereInput | null | undefined;
  or?: Array<VendorWhereInput> | null | undefined;
  /** pec field predicates */
  pec?: string | null | undefined;
  pecContains?: string | null | undefined;
  pecContainsFold?: string | null | undefined;
  pecEqualFold?: string | null | undefined;
  pecGT?: string | null | undefined;
  pecGTE?: string | null | undefined;
  pecHasPrefix?: string | null | undefined;
  pecHasSuffix?: string | null | undefined;
  pecIn?: Array<string> | null | undefined;
  pecIsNil?: boolean | null | undefined;
  pecLT?: string | null | undefined;
  pecLTE?: string | null | undefined;
  pecNEQ?: string | null | undefined;
  pecNotIn?: Array<string> | null | undefined;
  pecNotNil?: boolean | null | undefined;
  /** updated_at field predicates */
  updatedAt?: string | null | undefined;
  updatedAtGT?: string | null | undefined;
  updatedAtGTE?: string | null | undefined;
  updatedAtIn?: Array<string> | null | undefined;
  updatedAtLT?: string | null | undefined;
  updatedAtLTE?: string | null | undefined;
  updatedAtNEQ?: string | null | undefined;
  updatedAtNotIn?: Array<string> | null | undefined;
  /** vat_id field predicates */
  vatID?: string | null | undefined;
  vatIDContains?: string | null | undefined;
  vatIDContainsFold?: string | null | undefined;
  vatIDEqualFold?: string | null | undefined;
  vatIDGT?: string | null | undefined;
  vatIDGTE?: string | null | undefined;
  vatIDHasPrefix?: string | null | undefined;
  vatIDHasSuffix?: string | null | undefined;
  vatIDIn?: Array<string> | null | undefined;
  vatIDIsNil?: boolean | null | undefined;
  vatIDLT?: string | null | undefined;
  vatIDLTE?: string | null | undefined;
  vatIDNEQ?: string | null | undefined;
  vatIDNotIn?: Array<string> | null | undefined;
  vatIDNotNil?: boolean | null | undefined;
  /** version field predicates */
  version?: number | null | undefined;
  versionGT?: number | null | undefined;
  versionGTE?: number | null | undefined;
  versionIn?: Array<number> | null | undefined;
  versionLT?: number | null | undefined;
  versionLTE?: number | null | undefined;
  versionNEQ?: number | null | undefined;
  versionNotIn?: Array<number> | null | undefined;
};

export type AccessRequestFieldsFragment = { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null };

export type AggregationProposalFieldsFragment = { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> };

export type MyAccessRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccessRequestsQuery = { __typename: 'Query', myAccessRequests: { __typename: 'AccessRequestConnection', totalCount: number, edges: Array<{ __typename: 'AccessRequestEdge', node: { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, roleAssignment: { __typename: 'RoleAssignment', id: string, aggregationID: string | null } | null, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null } | null } | null> | null } };

export type AccessRequestQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessRequestQueueQuery = { __typename: 'Query', accessRequestQueue: { __typename: 'AccessRequestConnection', totalCount: number, edges: Array<{ __typename: 'AccessRequestEdge', node: { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, user: { __typename: 'User', id: string, displayName: string, email: string }, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null } | null } | null> | null } };

export type RequestAccessMutationVariables = Exact<{
  input: RequestAccessInput;
}>;


export type RequestAccessMutation = { __typename: 'Mutation', requestAccess: { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null } };

export type RequestAggregationMutationVariables = Exact<{
  input: RequestAggregationInput;
}>;


export type RequestAggregationMutation = { __typename: 'Mutation', requestAggregation: { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null } };

export type DecideAccessRequestMutationVariables = Exact<{
  id: string;
  input: DecideAccessRequestInput;
  version: number;
}>;


export type DecideAccessRequestMutation = { __typename: 'Mutation', decideAccessRequest: { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null } };

export type WithdrawAccessRequestMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type WithdrawAccessRequestMutation = { __typename: 'Mutation', withdrawAccessRequest: { __typename: 'AccessRequest', id: string, version: number, role: AccessRequestRole, scopeLabel: string, actKind: AccessRequestActKind, actNumber: string, actDate: string, actIssuer: string, actFilename: string, actURL: string, note: string | null, status: AccessRequestStatus, reason: string | null, createdAt: string, decidedAt: string | null, proposal: { __typename: 'AggregationProposal', name: string, description: string, leadBodyID: string, leadBodyName: string, members: Array<{ __typename: 'ProposedMember', bodyID: string, bodyName: string, resolutionNumber: string, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, joinedOn: string | null }> } | null } };

export type AccessBodiesQueryVariables = Exact<{
  name: string;
  kinds?: Array<PublicBodyKind> | PublicBodyKind | null | undefined;
}>;


export type AccessBodiesQuery = { __typename: 'Query', publicBodies: { __typename: 'PublicBodyConnection', edges: Array<{ __typename: 'PublicBodyEdge', node: { __typename: 'PublicBody', id: string, name: string, kind: PublicBodyKind } | null } | null> | null } };

export type AccessTargetsQueryVariables = Exact<{
  bodyID: string;
}>;


export type AccessTargetsQuery = { __typename: 'Query', accessTargets: Array<{ __typename: 'AccessTarget', aggregationID: string, name: string, lead: boolean }> };

export type FailedJobsQueryVariables = Exact<{ [key: string]: never; }>;


export type FailedJobsQuery = { __typename: 'Query', failedJobs: Array<{ __typename: 'FailedJob', id: string, kind: string, state: string, attempt: number, maxAttempts: number, errors: Array<string>, createdAt: string, attemptedAt: string | null, scheduledAt: string }> };

export type RetryJobMutationVariables = Exact<{
  id: string;
}>;


export type RetryJobMutation = { __typename: 'Mutation', retryJob: { __typename: 'FailedJob', id: string, state: string, scheduledAt: string } };

export type UsersListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: UserWhereInput | null | undefined;
}>;


export type UsersListQuery = { __typename: 'Query', users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'UserEdge', node: { __typename: 'User', id: string, email: string, displayName: string, active: boolean, lastSignInAt: string | null, roleAssignments: { __typename: 'RoleAssignmentConnection', totalCount: number, edges: Array<{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: string, role: RoleAssignmentRole } | null } | null> | null } } | null } | null> | null } };

export type UserDetailQueryVariables = Exact<{
  id: string;
}>;


export type UserDetailQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User', id: string, version: number, email: string, displayName: string, jobTitle: string | null, active: boolean, lastSignInAt: string | null, roleAssignments: { __typename: 'RoleAssignmentConnection', edges: Array<{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: string, role: RoleAssignmentRole, createdAt: string, regionBody: { __typename: 'PublicBody', id: string, name: string } | null, aggregation: { __typename: 'Aggregation', id: string, name: string } | null, body: { __typename: 'PublicBody', id: string, name: string } | null, grantedBy: { __typename: 'User', id: string, displayName: string } | null } | null } | null> | null } }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type RoleScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleScopesQuery = { __typename: 'Query', publicBodies: { __typename: 'PublicBodyConnection', edges: Array<{ __typename: 'PublicBodyEdge', node: { __typename: 'PublicBody', id: string, name: string } | null } | null> | null }, aggregations: { __typename: 'AggregationConnection', edges: Array<{ __typename: 'AggregationEdge', node: { __typename: 'Aggregation', id: string, name: string } | null } | null> | null } };

export type AggregationBodiesQueryVariables = Exact<{
  id: string;
}>;


export type AggregationBodiesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation', memberships: { __typename: 'MembershipConnection', edges: Array<{ __typename: 'MembershipEdge', node: { __typename: 'Membership', id: string, body: { __typename: 'PublicBody', id: string, name: string } } | null } | null> | null } }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename: 'Mutation', createUser: { __typename: 'User', id: string, email: string, displayName: string } };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { __typename: 'Mutation', grantRole: { __typename: 'RoleAssignment', id: string, role: RoleAssignmentRole } };

export type RevokeRoleMutationVariables = Exact<{
  id: string;
}>;


export type RevokeRoleMutation = { __typename: 'Mutation', revokeRole: string };

export type AggregationMembersQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  where?: MembershipWhereInput | null | undefined;
}>;


export type AggregationMembersQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation', id: string, name: string, description: string | null, membersEditable: boolean, lead: { __typename: 'PublicBody', id: string, name: string }, memberships: { __typename: 'MembershipConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'MembershipEdge', node: { __typename: 'Membership', id: string, version: number, role: MembershipRole, resolutionNumber: string | null, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null, body: { __typename: 'PublicBody', id: string, version: number, name: string, provinceCode: string | null, provinceName: string | null, population: number | null, populationYear: number | null, codiceFiscale: string | null, invoicingOfficeCodes: Array<string> | null } } | null } | null> | null } }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type SearchBodiesQueryVariables = Exact<{
  where: PublicBodyWhereInput;
}>;


export type SearchBodiesQuery = { __typename: 'Query', publicBodies: { __typename: 'PublicBodyConnection', totalCount: number, edges: Array<{ __typename: 'PublicBodyEdge', node: { __typename: 'PublicBody', id: string, name: string, kind: PublicBodyKind, istatCode: string | null, provinceCode: string | null, provinceName: string | null, population: number | null } | null } | null> | null } };

export type AddMembershipMutationVariables = Exact<{
  input: CreateMembershipInput;
}>;


export type AddMembershipMutation = { __typename: 'Mutation', createMembership: { __typename: 'Membership', id: string, body: { __typename: 'PublicBody', id: string, name: string } } };

export type UpdateMembershipResolutionMutationVariables = Exact<{
  id: string;
  input: UpdateMembershipInput;
}>;


export type UpdateMembershipResolutionMutation = { __typename: 'Mutation', updateMembership: { __typename: 'Membership', id: string, version: number, resolutionNumber: string | null, resolutionDate: string | null, resolutionOrgan: MembershipResolutionOrgan | null } };

export type UpdateMemberBodyCodesMutationVariables = Exact<{
  bodyID: string;
  input: MemberBodyCodesInput;
  version: number;
}>;


export type UpdateMemberBodyCodesMutation = { __typename: 'Mutation', updateMemberBodyCodes: { __typename: 'PublicBody', id: string, version: number, codiceFiscale: string | null, invoicingOfficeCodes: Array<string> | null } };

export type DeleteMembershipMutationVariables = Exact<{
  id: string;
}>;


export type DeleteMembershipMutation = { __typename: 'Mutation', deleteMembership: string };

export type ApplicationDetailQueryVariables = Exact<{
  id: string;
}>;


export type ApplicationDetailQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application', id: string, title: string, summary: string | null, status: ApplicationStatus, protocolNumber: string | null, submittedAt: string | null, integrationItems: Array<string> | null, integrationDueOn: string | null, decisionReason: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, project: { __typename: 'Project', id: string, title: string } | null, call: { __typename: 'Call', id: string, title: string, status: CallStatus, opensAt: string | null, closesAt: string | null, capPerMemberCents: number | null, cofinancingRateBp: number, interventionLines: { __typename: 'InterventionLineConnection', edges: Array<{ __typename: 'InterventionLineEdge', node: { __typename: 'InterventionLine', id: string, code: string, name: string, position: number } | null } | null> | null }, expenseCategories: { __typename: 'ExpenseCategoryConnection', edges: Array<{ __typename: 'ExpenseCategoryEdge', node: { __typename: 'ExpenseCategory', id: string, code: string, name: string, position: number, capBp: number | null, capCents: number | null } | null } | null> | null } }, totals: { __typename: 'BudgetTotals', totalCents: number, fundedCents: number, ownCents: number, population: number, populationYear: number | null, perInhabitantCents: number, perMember: Array<{ __typename: 'MemberAmount', amountCents: number, population: number, body: { __typename: 'PublicBody', id: string, name: string } }>, perLine: Array<{ __typename: 'LineAmount', amountCents: number, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } }>, perCategory: Array<{ __typename: 'CategoryAmount', amountCents: number, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string } }> }, warnings: Array<{ __typename: 'Problem', rule: string, message: string }>, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, interventionLineID: string | null, expenseCategoryID: string | null, amountCents: number | null }> }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type SubmitApplicationMutationVariables = Exact<{
  id: string;
}>;


export type SubmitApplicationMutation = { __typename: 'Mutation', submitApplication: { __typename: 'Application', id: string, status: ApplicationStatus, submittedAt: string | null, protocolNumber: string | null } };

export type WithdrawApplicationMutationVariables = Exact<{
  id: string;
}>;


export type WithdrawApplicationMutation = { __typename: 'Mutation', withdrawApplication: { __typename: 'Application', id: string, status: ApplicationStatus } };

export type DecideApplicationMutationVariables = Exact<{
  id: string;
  decision: ApplicationDecision;
  reason?: string | null | undefined;
  items?: Array<IntegrationItem> | IntegrationItem | null | undefined;
  integrationDueOn?: string | null | undefined;
}>;


export type DecideApplicationMutation = { __typename: 'Mutation', decideApplication: { __typename: 'Application', id: string, status: ApplicationStatus, decisionReason: string | null, integrationItems: Array<string> | null, integrationDueOn: string | null } };

export type FundApplicationMutationVariables = Exact<{
  id: string;
  input: FundApplicationInput;
}>;


export type FundApplicationMutation = { __typename: 'Mutation', fundApplication: { __typename: 'Project', id: string, title: string, cup: string, grantedCents: number, application: { __typename: 'Application', id: string, status: ApplicationStatus } } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me: { __typename: 'User', id: string, displayName: string, version: number, jobTitle: string | null, email: string, roleAssignments: { __typename: 'RoleAssignmentConnection', edges: Array<{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: string, role: RoleAssignmentRole, regionBody: { __typename: 'PublicBody', id: string, name: string } | null, aggregation: { __typename: 'Aggregation', id: string, name: string } | null, body: { __typename: 'PublicBody', id: string, name: string } | null } | null } | null> | null } } | null };

export type BudgetEditorMembersQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type BudgetEditorMembersQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation', memberships: { __typename: 'MembershipConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'MembershipEdge', node: { __typename: 'Membership', id: string, role: MembershipRole, body: { __typename: 'PublicBody', id: string, name: string, population: number | null, provinceCode: string | null } } | null } | null> | null } }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type BudgetEditorLinesQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type BudgetEditorLinesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application', budgetLines: { __typename: 'BudgetLineConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'BudgetLineEdge', node: { __typename: 'BudgetLine', id: string, bodyID: string, interventionLineID: string, expenseCategoryID: string, year: number, amountCents: number, version: number } | null } | null> | null } }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type SetBudgetLinesMutationVariables = Exact<{
  applicationID: string;
  lines: Array<BudgetLineInput> | BudgetLineInput;
}>;


export type SetBudgetLinesMutation = { __typename: 'Mutation', setBudgetLines: { __typename: 'ApplicationEvaluation', application: { __typename: 'Application', id: string, status: ApplicationStatus, updatedAt: string }, totals: { __typename: 'BudgetTotals', totalCents: number, fundedCents: number, ownCents: number, population: number, perInhabitantCents: number, perMember: Array<{ __typename: 'MemberAmount', amountCents: number, population: number, body: { __typename: 'PublicBody', id: string, name: string } }> }, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, interventionLineID: string | null, expenseCategoryID: string | null, amountCents: number | null }> } };

export type CalendarFeedsQueryVariables = Exact<{ [key: string]: never; }>;


export type CalendarFeedsQuery = { __typename: 'Query', me: { __typename: 'User', id: string, calendarFeeds: { __typename: 'CalendarFeedConnection', edges: Array<{ __typename: 'CalendarFeedEdge', node: { __typename: 'CalendarFeed', id: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } | null } | null> | null } } | null };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename: 'Mutation', createCalendarFeed: { __typename: 'CreateCalendarFeedPayload', url: string, calendarFeed: { __typename: 'CalendarFeed', id: string, prefix: string, createdAt: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeCalendarFeedMutationVariables = Exact<{
  id: string;
}>;


export type RevokeCalendarFeedMutation = { __typename: 'Mutation', revokeCalendarFeed: { __typename: 'CalendarFeed', id: string, revokedAt: string | null } };

export type CallsListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: CallWhereInput | null | undefined;
}>;


export type CallsListQuery = { __typename: 'Query', calls: { __typename: 'CallConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'CallEdge', node: { __typename: 'Call', id: string, title: string, status: CallStatus, fund: CallFund, totalBudgetCents: number, opensAt: string | null, closesAt: string | null, issuer: { __typename: 'PublicBody', id: string, name: string }, submitted: { __typename: 'ApplicationConnection', totalCount: number }, received: { __typename: 'ApplicationConnection', totalCount: number } } | null } | null> | null } };

export type CallDetailQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  where?: ApplicationWhereInput | null | undefined;
}>;


export type CallDetailQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call', id: string, title: string, reference: string | null, description: string | null, fund: CallFund, regime: CallRegime, status: CallStatus, version: number, rowVersion: number, totalBudgetCents: number, capPerMemberCents: number | null, capPerProjectCents: number | null, minProjectCents: number | null, cofinancingRateBp: number, minMembers: number | null, maxMembers: number | null, opensAt: string | null, closesAt: string | null, durationMonths: number | null, populationYear: number | null, cupDeadlineDays: number | null, contractDeadlineMonths: number | null, reportingEveryMonths: number | null, integrationDays: number | null, decisionDays: number | null, reviewDays: number | null, pucSettings: string | null, budgetUse: { __typename: 'CallBudgetUse', totalCents: number, grantedCents: number, pendingCents: number, availableCents: number, projects: number, pending: number }, issuer: { __typename: 'PublicBody', id: string, name: string }, interventionLines: { __typename: 'InterventionLineConnection', edges: Array<{ __typename: 'InterventionLineEdge', node: { __typename: 'InterventionLine', id: string, code: string, name: string, position: number } | null } | null> | null }, expenseCategories: { __typename: 'ExpenseCategoryConnection', edges: Array<{ __typename: 'ExpenseCategoryEdge', node: { __typename: 'ExpenseCategory', id: string, code: string, name: string, position: number, capBp: number | null, capCents: number | null, vatEligible: boolean } | null } | null> | null }, applications: { __typename: 'ApplicationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, title: string, status: ApplicationStatus, submittedAt: string | null, protocolNumber: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, totals: { __typename: 'BudgetTotals', totalCents: number } } | null } | null> | null } }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type CreateCallMutationVariables = Exact<{
  input: CreateCallInput;
}>;


export type CreateCallMutation = { __typename: 'Mutation', createCall: { __typename: 'Call', id: string, title: string, status: CallStatus } };

export type UpdateCallMutationVariables = Exact<{
  id: string;
  input: UpdateCallInput;
}>;


export type UpdateCallMutation = { __typename: 'Mutation', updateCall: { __typename: 'Call', id: string, title: string, status: CallStatus, updatedAt: string, rowVersion: number } };

export type CorrectCallMutationVariables = Exact<{
  id: string;
  input: UpdateCallInput;
}>;


export type CorrectCallMutation = { __typename: 'Mutation', correctCall: { __typename: 'Call', id: string, version: number, rowVersion: number, pucSettings: string | null } };

export type CreateInterventionLineMutationVariables = Exact<{
  input: CreateInterventionLineInput;
}>;


export type CreateInterventionLineMutation = { __typename: 'Mutation', createInterventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } };

export type CreateExpenseCategoryMutationVariables = Exact<{
  input: CreateExpenseCategoryInput;
}>;


export type CreateExpenseCategoryMutation = { __typename: 'Mutation', createExpenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string } };

export type PublishCallMutationVariables = Exact<{
  id: string;
}>;


export type PublishCallMutation = { __typename: 'Mutation', publishCall: { __typename: 'Call', id: string, status: CallStatus } };

export type CloseCallMutationVariables = Exact<{
  id: string;
}>;


export type CloseCallMutation = { __typename: 'Mutation', closeCall: { __typename: 'Call', id: string, status: CallStatus } };

export type ArchiveCallMutationVariables = Exact<{
  id: string;
}>;


export type ArchiveCallMutation = { __typename: 'Mutation', archiveCall: { __typename: 'Call', id: string, status: CallStatus } };

export type ClaimPageQueryVariables = Exact<{
  id: string;
}>;


export type ClaimPageQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim', id: string, number: number, status: ExpenseClaimStatus, periodStart: string, periodEnd: string, narrative: string | null, version: number, submittedAt: string | null, totals: { __typename: 'ClaimTotals', items: number, pending: number, claimedCents: number, admittedCents: number, cutCents: number }, project: { __typename: 'Project', id: string, title: string, cup: string, aggregationID: string, aggregation: { __typename: 'Aggregation', id: string, name: string } }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string } | null } | null> | null }, reviews: { __typename: 'ReviewConnection', edges: Array<{ __typename: 'ReviewEdge', node: { __typename: 'Review', id: string, outcome: ReviewOutcome | null, comments: string | null, completedAt: string | null, createdAt: string, admittedCents: number, cutCents: number, checklist: Array<{ __typename: 'ChecklistEntry', key: string, label: string, result: string, note: string }> } | null } | null> | null } }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ClaimItemsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ClaimItemsQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim', id: string, items: { __typename: 'ExpenseItemConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ExpenseItemEdge', node: { __typename: 'ExpenseItem', id: string, claimedCents: number, decision: ExpenseItemDecision, admittedCents: number | null, cutReason: string | null, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, name: string }, invoice: { __typename: 'Invoice', id: string, number: string, issuedOn: string, supplierName: string | null, cig: string | null }, payment: { __typename: 'Payment', id: string, mandateNumber: string, receiptDate: string | null } | null } | null } | null> | null } }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ExpenseItemFieldsFragment = { __typename: 'ExpenseItem', id: string, claimedCents: number, decision: ExpenseItemDecision, admittedCents: number | null, cutReason: string | null, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, name: string }, invoice: { __typename: 'Invoice', id: string, number: string, issuedOn: string, supplierName: string | null, cig: string | null }, payment: { __typename: 'Payment', id: string, mandateNumber: string, receiptDate: string | null } | null };

export type StartReviewMutationVariables = Exact<{
  claimID: string;
}>;


export type StartReviewMutation = { __typename: 'Mutation', startReview: { __typename: 'Review', id: string, claim: { __typename: 'ExpenseClaim', id: string, status: ExpenseClaimStatus } } };

export type DecideExpenseItemMutationVariables = Exact<{
  id: string;
  admittedCents: number;
  reason?: string | null | undefined;
}>;


export type DecideExpenseItemMutation = { __typename: 'Mutation', decideExpenseItem: { __typename: 'ExpenseItem', id: string, decision: ExpenseItemDecision, admittedCents: number | null, cutReason: string | null } };

export type SetReviewChecklistMutationVariables = Exact<{
  reviewID: string;
  results: Array<ChecklistResultInput> | ChecklistResultInput;
}>;


export type SetReviewChecklistMutation = { __typename: 'Mutation', setReviewChecklist: { __typename: 'Review', id: string, checklist: Array<{ __typename: 'ChecklistEntry', key: string, label: string, result: string, note: string }> } };

export type CompleteReviewMutationVariables = Exact<{
  reviewID: string;
  outcome: ReviewOutcome;
  comments?: string | null | undefined;
}>;


export type CompleteReviewMutation = { __typename: 'Mutation', completeReview: { __typename: 'Review', id: string, outcome: ReviewOutcome | null, comments: string | null, completedAt: string | null, admittedCents: number, cutCents: number, claim: { __typename: 'ExpenseClaim', id: string, status: ExpenseClaimStatus } } };

export type AddExpenseItemsMutationVariables = Exact<{
  claimID: string;
  items: Array<ExpenseItemInput> | ExpenseItemInput;
}>;


export type AddExpenseItemsMutation = { __typename: 'Mutation', addExpenseItems: Array<{ __typename: 'ExpenseItem', id: string }> };

export type RemoveExpenseItemMutationVariables = Exact<{
  id: string;
}>;


export type RemoveExpenseItemMutation = { __typename: 'Mutation', removeExpenseItem: string };

export type SubmitExpenseClaimMutationVariables = Exact<{
  id: string;
}>;


export type SubmitExpenseClaimMutation = { __typename: 'Mutation', submitExpenseClaim: { __typename: 'ExpenseClaim', id: string, status: ExpenseClaimStatus, submittedAt: string | null } };

export type DecideExpenseItemsMutationVariables = Exact<{
  decisions: Array<ExpenseDecisionInput> | ExpenseDecisionInput;
}>;


export type DecideExpenseItemsMutation = { __typename: 'Mutation', decideExpenseItems: Array<{ __typename: 'ExpenseItem', id: string, decision: ExpenseItemDecision, admittedCents: number | null, cutReason: string | null }> };

export type UpdateExpenseClaimMutationVariables = Exact<{
  id: string;
  input: ExpenseClaimInput;
}>;


export type UpdateExpenseClaimMutation = { __typename: 'Mutation', updateExpenseClaim: { __typename: 'ExpenseClaim', id: string, version: number, periodStart: string, periodEnd: string, narrative: string | null } };

export type UploadClaimAttachmentMutationVariables = Exact<{
  claimID: string;
  file: File;
}>;


export type UploadClaimAttachmentMutation = { __typename: 'Mutation', uploadClaimAttachment: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string } };

export type ClaimableInvoicesQueryVariables = Exact<{
  projectID: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ClaimableInvoicesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, cup: string, invoices: { __typename: 'InvoiceConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InvoiceEdge', node: { __typename: 'Invoice', id: string, number: string, issuedOn: string, documentType: string, currency: string, conversionAct: string | null, supplierName: string | null, cig: string | null, cup: string | null, totalCents: number, splitPayment: boolean, problems: Array<string> | null, contract: { __typename: 'Contract', id: string, interventionLineID: string | null } | null, parts: Array<{ __typename: 'InvoicePart', kind: PaymentKind, dueCents: number, paidCents: number, receiptedCents: number }>, claimableShares: Array<{ __typename: 'ClaimableShare', bodyID: string, expenseCategoryID: string | null, vatEligible: boolean, claimableCents: number, claimableWhenPaidCents: number }>, shares: { __typename: 'InvoiceShareConnection', totalCount: number, edges: Array<{ __typename: 'InvoiceShareEdge', node: { __typename: 'InvoiceShare', id: string, bodyID: string, amountCents: number, expenseCategoryID: string | null, body: { __typename: 'PublicBody', id: string, name: string } } | null } | null> | null } } | null } | null> | null }, expenseClaims: { __typename: 'ExpenseClaimConnection', edges: Array<{ __typename: 'ExpenseClaimEdge', node: { __typename: 'ExpenseClaim', id: string, status: ExpenseClaimStatus, items: { __typename: 'ExpenseItemConnection', totalCount: number, edges: Array<{ __typename: 'ExpenseItemEdge', node: { __typename: 'ExpenseItem', id: string, invoiceID: string, bodyID: string } | null } | null> | null } } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type SignContractMutationVariables = Exact<{
  input: SignContractInput;
}>;


export type SignContractMutation = { __typename: 'Mutation', signContract: { __typename: 'Contract', id: string, version: number, reference: string | null, netCents: number, vatCents: number, splitMethod: ContractSplitMethod } };

export type SplitContractMutationVariables = Exact<{
  id: string;
  split: ContractSplitInput;
  version?: number | null | undefined;
}>;


export type SplitContractMutation = { __typename: 'Mutation', splitContract: { __typename: 'Contract', id: string, version: number, splitMethod: ContractSplitMethod, populationYear: number | null } };

export type UploadContractDocumentMutationVariables = Exact<{
  contractID: string;
  file: File;
}>;


export type UploadContractDocumentMutation = { __typename: 'Mutation', uploadContractDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, sha256: string, signatureKind: DocumentSignatureKind } };

export type ContractSharesQueryVariables = Exact<{
  id: string;
}>;


export type ContractSharesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract', id: string, version: number, status: ContractStatus, netCents: number, vatCents: number, endsOn: string | null, splitMethod: ContractSplitMethod, populationYear: number | null, modifications: Array<{ __typename: 'ContractModification', id: string, version: number, number: number, basis: ContractModificationBasis, actNumber: string | null, actDate: string | null, reason: string, beforeNetCents: number, beforeVatCents: number, beforeEndsOn: string | null, netCents: number, vatCents: number, endsOn: string | null, status: ContractModificationStatus, effectiveOn: string | null, sharesBefore: Array<{ __typename: 'ContractShareSnapshot', bodyID: string, bodyName: string, amountCents: number }>, sharesAfter: Array<{ __typename: 'ContractShareSnapshot', bodyID: string, bodyName: string, amountCents: number }> }>, costShares: { __typename: 'CostShareConnection', totalCount: number, edges: Array<{ __typename: 'CostShareEdge', node: { __typename: 'CostShare', id: string, amountCents: number, body: { __typename: 'PublicBody', id: string, name: string, population: number | null, populationYear: number | null }, expenseCategory: { __typename: 'ExpenseCategory', id: string, name: string, vatEligible: boolean } | null } | null } | null> | null }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string } | null } | null> | null } }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ProposeContractModificationMutationVariables = Exact<{
  input: ProposeContractModificationInput;
}>;


export type ProposeContractModificationMutation = { __typename: 'Mutation', proposeContractModification: { __typename: 'ContractModification', id: string, version: number, status: ContractModificationStatus } };

export type ApplyContractModificationMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type ApplyContractModificationMutation = { __typename: 'Mutation', applyContractModification: { __typename: 'ContractModification', id: string, version: number, status: ContractModificationStatus, effectiveOn: string | null } };

export type WithdrawContractModificationMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type WithdrawContractModificationMutation = { __typename: 'Mutation', withdrawContractModification: { __typename: 'ContractModification', id: string, version: number, status: ContractModificationStatus } };

export type DeadlineFieldsFragment = { __typename: 'Deadline', key: string, kind: DeadlineKind, title: string, dueOn: string, daysLeft: number, overdue: boolean, path: string };

export type MyDeadlinesQueryVariables = Exact<{
  first: number;
}>;


export type MyDeadlinesQuery = { __typename: 'Query', deadlines: { __typename: 'DeadlineConnection', totalCount: number, edges: Array<{ __typename: 'DeadlineEdge', node: { __typename: 'Deadline', key: string, kind: DeadlineKind, title: string, dueOn: string, daysLeft: number, overdue: boolean, path: string } }> } };

export type ProjectDeadlinesQueryVariables = Exact<{
  id: string;
  first: number;
}>;


export type ProjectDeadlinesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, deadlines: { __typename: 'DeadlineConnection', totalCount: number, edges: Array<{ __typename: 'DeadlineEdge', node: { __typename: 'Deadline', key: string, kind: DeadlineKind, title: string, dueOn: string, daysLeft: number, overdue: boolean, path: string } }> } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type DeliverablesMatrixQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type DeliverablesMatrixQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, deliverables: { __typename: 'DeliverableConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DeliverableEdge', node: { __typename: 'Deliverable', id: string, status: DeliverableStatus, dueOn: string | null, body: { __typename: 'PublicBody', id: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type DeliverableFieldsFragment = { __typename: 'Deliverable', id: string, title: string, description: string | null, status: DeliverableStatus, dueOn: string | null, deliveredOn: string | null, progressNote: string | null, body: { __typename: 'PublicBody', id: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, createdAt: string } | null } | null> | null } };

export type ProjectDeliverablesQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  where?: DeliverableWhereInput | null | undefined;
}>;


export type ProjectDeliverablesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, deliverables: { __typename: 'DeliverableConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DeliverableEdge', node: { __typename: 'Deliverable', id: string, title: string, description: string | null, status: DeliverableStatus, dueOn: string | null, deliveredOn: string | null, progressNote: string | null, body: { __typename: 'PublicBody', id: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, createdAt: string } | null } | null> | null } } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type TransitionDeliverableMutationVariables = Exact<{
  id: string;
  to: DeliverableStatus;
  note?: string | null | undefined;
}>;


export type TransitionDeliverableMutation = { __typename: 'Mutation', transitionDeliverable: { __typename: 'Deliverable', id: string, title: string, description: string | null, status: DeliverableStatus, dueOn: string | null, deliveredOn: string | null, progressNote: string | null, body: { __typename: 'PublicBody', id: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, createdAt: string } | null } | null> | null } } };

export type UploadDeliverableEvidenceMutationVariables = Exact<{
  deliverableID: string;
  file: File;
}>;


export type UploadDeliverableEvidenceMutation = { __typename: 'Mutation', uploadDeliverableEvidence: { __typename: 'Document', id: string, filename: string, sizeBytes: number, createdAt: string, deliverable: { __typename: 'Deliverable', id: string, title: string, description: string | null, status: DeliverableStatus, dueOn: string | null, deliveredOn: string | null, progressNote: string | null, body: { __typename: 'PublicBody', id: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, createdAt: string } | null } | null> | null } } | null } };

export type DefineDeliverableMutationVariables = Exact<{
  input: DefineDeliverableInput;
}>;


export type DefineDeliverableMutation = { __typename: 'Mutation', defineDeliverable: Array<{ __typename: 'Deliverable', id: string, title: string, dueOn: string | null, body: { __typename: 'PublicBody', id: string, name: string } }> };

export type ProjectDisbursementsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectDisbursementsQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, status: ProjectStatus, grantedCents: number, disbursements: { __typename: 'DisbursementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DisbursementEdge', node: { __typename: 'Disbursement', id: string, kind: DisbursementKind, amountCents: number, euCents: number, stateCents: number, regionCents: number, admittedToDateCents: number, status: DisbursementStatus, requestedOn: string | null, approvedOn: string | null, paidOn: string | null, paymentReference: string | null, claim: { __typename: 'ExpenseClaim', id: string, number: number } | null } | null } | null> | null }, disbursementPlan: { __typename: 'DisbursementPlan', grantedCents: number, contributionRateBp: number, advanceBp: number, advanceCents: number, interimMaxBp: number, interimCapCents: number, admittedToDateCents: number, contributionCents: number, disbursedCents: number, paidCents: number, interimDueCents: number, balanceDueCents: number }, acceptedClaims: { __typename: 'ExpenseClaimConnection', edges: Array<{ __typename: 'ExpenseClaimEdge', node: { __typename: 'ExpenseClaim', id: string, number: number, periodStart: string, periodEnd: string } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type RequestDisbursementMutationVariables = Exact<{
  projectID: string;
  kind: DisbursementKind;
  claimID?: string | null | undefined;
}>;


export type RequestDisbursementMutation = { __typename: 'Mutation', requestDisbursement: { __typename: 'Disbursement', id: string, kind: DisbursementKind, amountCents: number, euCents: number, stateCents: number, regionCents: number, admittedToDateCents: number, status: DisbursementStatus, requestedOn: string | null } };

export type TransitionDisbursementMutationVariables = Exact<{
  id: string;
  to: DisbursementStatus;
  on?: string | null | undefined;
  reference?: string | null | undefined;
}>;


export type TransitionDisbursementMutation = { __typename: 'Mutation', transitionDisbursement: { __typename: 'Disbursement', id: string, status: DisbursementStatus, approvedOn: string | null, paidOn: string | null, paymentReference: string | null } };

export type TransitionProjectMutationVariables = Exact<{
  id: string;
  to: ProjectStatus;
}>;


export type TransitionProjectMutation = { __typename: 'Mutation', transitionProject: { __typename: 'Project', id: string, status: ProjectStatus } };

export type AttentionApplicationsQueryVariables = Exact<{
  where?: ApplicationWhereInput | null | undefined;
}>;


export type AttentionApplicationsQuery = { __typename: 'Query', applications: { __typename: 'ApplicationConnection', totalCount: number, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, title: string, status: ApplicationStatus, submittedAt: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, call: { __typename: 'Call', id: string, title: string }, totals: { __typename: 'BudgetTotals', totalCents: number }, problems: Array<{ __typename: 'Problem', rule: string }> } | null } | null> | null } };

export type LeadAttentionQueryVariables = Exact<{
  aggregationIDs: Array<string> | string;
}>;


export type LeadAttentionQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, cup: string, overdue: { __typename: 'OverdueItems', deliverables: Array<{ __typename: 'Deliverable', id: string, title: string, dueOn: string | null, status: DeliverableStatus, body: { __typename: 'PublicBody', id: string, name: string } }>, milestones: Array<{ __typename: 'Milestone', id: string, title: string, kind: MilestoneKind, dueOn: string }> }, invoices: { __typename: 'InvoiceConnection', totalCount: number, edges: Array<{ __typename: 'InvoiceEdge', node: { __typename: 'Invoice', id: string, number: string, issuedOn: string, supplierName: string | null, totalCents: number, problems: Array<string> | null } | null } | null> | null }, expenseClaims: { __typename: 'ExpenseClaimConnection', edges: Array<{ __typename: 'ExpenseClaimEdge', node: { __typename: 'ExpenseClaim', id: string, number: number, status: ExpenseClaimStatus, periodStart: string, periodEnd: string } | null } | null> | null } } | null } | null> | null } };

export type OfficerAttentionQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerAttentionQuery = { __typename: 'Query', toExamine: { __typename: 'ApplicationConnection', totalCount: number, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, title: string, submittedAt: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, call: { __typename: 'Call', id: string, title: string } } | null } | null> | null }, toFund: { __typename: 'ApplicationConnection', totalCount: number, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, title: string, submittedAt: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, call: { __typename: 'Call', id: string, title: string } } | null } | null> | null } };

export type ReviewQueueQueryVariables = Exact<{
  first: number;
}>;


export type ReviewQueueQuery = { __typename: 'Query', reviewQueue: Array<{ __typename: 'ExpenseClaim', id: string, number: number, status: ExpenseClaimStatus, periodStart: string, periodEnd: string, submittedAt: string | null, items: { __typename: 'ExpenseItemConnection', totalCount: number }, project: { __typename: 'Project', id: string, title: string, cup: string, aggregation: { __typename: 'Aggregation', id: string, name: string } } }> };

export type InboxQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type InboxQuery = { __typename: 'Query', unreadNotificationCount: number, notifications: { __typename: 'NotificationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'NotificationEdge', node: { __typename: 'Notification', id: string, kind: NotificationKind, title: string, body: string | null, path: string, dueOn: string | null, readAt: string | null, createdAt: string } | null } | null> | null } };

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { __typename: 'Query', unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
  all?: boolean | null | undefined;
}>;


export type MarkNotificationsReadMutation = { __typename: 'Mutation', markNotificationsRead: number };

export type ApplicationsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: ApplicationWhereInput | null | undefined;
}>;


export type ApplicationsPageQuery = { __typename: 'Query', applications: { __typename: 'ApplicationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, title: string, status: ApplicationStatus, submittedAt: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, call: { __typename: 'Call', id: string, title: string }, totals: { __typename: 'BudgetTotals', totalCents: number }, problems: Array<{ __typename: 'Problem', rule: string }> } | null } | null> | null } };

export type ProjectsPageQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  where?: ProjectWhereInput | null | undefined;
}>;


export type ProjectsPageQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, cup: string, status: ProjectStatus, grantedCents: number, aggregation: { __typename: 'Aggregation', id: string, name: string } } | null } | null> | null } };

export type ClaimsOverviewQueryVariables = Exact<{
  claimWhere?: ExpenseClaimWhereInput | null | undefined;
}>;


export type ClaimsOverviewQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, cup: string, expenseClaims: { __typename: 'ExpenseClaimConnection', totalCount: number, edges: Array<{ __typename: 'ExpenseClaimEdge', node: { __typename: 'ExpenseClaim', id: string, number: number, status: ExpenseClaimStatus, periodStart: string, periodEnd: string, submittedAt: string | null, createdAt: string } | null } | null> | null } } | null } | null> | null } };

export type SearchQueryVariables = Exact<{
  q: string;
}>;


export type SearchQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, cup: string, aggregation: { __typename: 'Aggregation', id: string, name: string } } | null } | null> | null }, applications: { __typename: 'ApplicationConnection', totalCount: number, edges: Array<{ __typename: 'ApplicationEdge', node: { __typename: 'Application', id: string, title: string, status: ApplicationStatus, aggregation: { __typename: 'Aggregation', id: string, name: string } } | null } | null> | null }, calls: { __typename: 'CallConnection', totalCount: number, edges: Array<{ __typename: 'CallEdge', node: { __typename: 'Call', id: string, title: string, status: CallStatus } | null } | null> | null } };

export type MemberHomeQueryVariables = Exact<{
  aggregationID: string;
  bodyID: string;
}>;


export type MemberHomeQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, cup: string, status: ProjectStatus, allocationSummary: { __typename: 'AllocationSummary', totals: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number }, categories: Array<{ __typename: 'CategoryAllocation', expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, figures: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number } }>, lines: Array<{ __typename: 'LineAllocation', interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null, figures: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number } }> }, overdue: { __typename: 'OverdueItems', deliverables: Array<{ __typename: 'Deliverable', id: string, title: string, dueOn: string | null, status: DeliverableStatus, body: { __typename: 'PublicBody', id: string, name: string } }> }, deliverables: { __typename: 'DeliverableConnection', totalCount: number, edges: Array<{ __typename: 'DeliverableEdge', node: { __typename: 'Deliverable', id: string, title: string, description: string | null, status: DeliverableStatus, dueOn: string | null, deliveredOn: string | null, progressNote: string | null, body: { __typename: 'PublicBody', id: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string }, documents: { __typename: 'DocumentConnection', totalCount: number, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number, createdAt: string } | null } | null> | null } } | null } | null> | null } } | null } | null> | null } };

export type ProjectSetupQueryVariables = Exact<{
  id: string;
}>;


export type ProjectSetupQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, status: ProjectStatus, cup: string, aggregation: { __typename: 'Aggregation', id: string, lead: { __typename: 'PublicBody', id: string, name: string }, memberships: { __typename: 'MembershipConnection', totalCount: number, edges: Array<{ __typename: 'MembershipEdge', node: { __typename: 'Membership', id: string, role: MembershipRole, body: { __typename: 'PublicBody', id: string, name: string, population: number | null } } | null } | null> | null } }, call: { __typename: 'Call', id: string, advanceBp: number, expenseCategories: { __typename: 'ExpenseCategoryConnection', edges: Array<{ __typename: 'ExpenseCategoryEdge', node: { __typename: 'ExpenseCategory', id: string, code: string, name: string, vatEligible: boolean } | null } | null> | null }, interventionLines: { __typename: 'InterventionLineConnection', edges: Array<{ __typename: 'InterventionLineEdge', node: { __typename: 'InterventionLine', id: string, code: string, name: string } | null } | null> | null } } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type CreateProcurementMutationVariables = Exact<{
  input: CreateProcurementInput;
}>;


export type CreateProcurementMutation = { __typename: 'Mutation', createProcurement: { __typename: 'Procurement', id: string, title: string, status: ProcurementStatus, thresholdWarnings: Array<string> | null } };

export type TransitionProcurementMutationVariables = Exact<{
  id: string;
  to: ProcurementStatus;
}>;


export type TransitionProcurementMutation = { __typename: 'Mutation', transitionProcurement: { __typename: 'Procurement', id: string, status: ProcurementStatus } };

export type CreateLotMutationVariables = Exact<{
  input: CreateLotInput;
}>;


export type CreateLotMutation = { __typename: 'Mutation', createLot: { __typename: 'Lot', id: string, number: number, cig: string, title: string, baseCents: number, legacyCigAcknowledged: boolean } };

export type AwardLotMutationVariables = Exact<{
  id: string;
  input: AwardLotInput;
}>;


export type AwardLotMutation = { __typename: 'Mutation', awardLot: { __typename: 'Lot', id: string, awardCents: number | null, awardedOn: string | null, awardedVendor: { __typename: 'Vendor', id: string, name: string, vatID: string | null } | null, procurement: { __typename: 'Procurement', id: string, status: ProcurementStatus } } };

export type CreateVendorMutationVariables = Exact<{
  input: CreateVendorInput;
}>;


export type CreateVendorMutation = { __typename: 'Mutation', createVendor: { __typename: 'Vendor', id: string, name: string, vatID: string | null } };

export type VendorSearchQueryVariables = Exact<{
  text: string;
}>;


export type VendorSearchQuery = { __typename: 'Query', vendors: { __typename: 'VendorConnection', edges: Array<{ __typename: 'VendorEdge', node: { __typename: 'Vendor', id: string, name: string, vatID: string | null } | null } | null> | null } };

export type UpdateProfileMutationVariables = Exact<{
  userID: string;
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { __typename: 'Mutation', updateProfile: { __typename: 'User', id: string, version: number, displayName: string, jobTitle: string | null } };

export type CreateMilestoneMutationVariables = Exact<{
  input: CreateMilestoneInput;
}>;


export type CreateMilestoneMutation = { __typename: 'Mutation', createMilestone: { __typename: 'Milestone', id: string, version: number, title: string, kind: MilestoneKind, dueOn: string, doneOn: string | null, location: string | null } };

export type UpdateMilestoneMutationVariables = Exact<{
  id: string;
  input: UpdateMilestoneInput;
}>;


export type UpdateMilestoneMutation = { __typename: 'Mutation', updateMilestone: { __typename: 'Milestone', id: string, version: number, title: string, kind: MilestoneKind, dueOn: string, doneOn: string | null, location: string | null } };

export type ProjectOverdueQueryVariables = Exact<{
  id: string;
  today: string;
  first: number;
  after?: string | null | undefined;
  milestonesAfter?: string | null | undefined;
}>;


export type ProjectOverdueQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, lateDeliverables: { __typename: 'DeliverableConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DeliverableEdge', node: { __typename: 'Deliverable', id: string, title: string, dueOn: string | null, status: DeliverableStatus, body: { __typename: 'PublicBody', id: string, name: string } } | null } | null> | null }, lateMilestones: { __typename: 'MilestoneConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'MilestoneEdge', node: { __typename: 'Milestone', id: string, title: string, kind: MilestoneKind, dueOn: string } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type AllocationFiguresFieldsFragment = { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number };

export type ProjectPageQueryVariables = Exact<{
  id: string;
}>;


export type ProjectPageQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, title: string, cup: string, decreeNumber: string, decreeDate: string, grantedCents: number, euCents: number, stateCents: number, regionCents: number, ownCents: number, status: ProjectStatus, startsOn: string | null, endsOn: string | null, aggregation: { __typename: 'Aggregation', id: string, name: string }, call: { __typename: 'Call', id: string, title: string }, allocationSummary: { __typename: 'AllocationSummary', populationYear: number | null, totals: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number }, categories: Array<{ __typename: 'CategoryAllocation', expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, figures: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number } }>, lines: Array<{ __typename: 'LineAllocation', interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null, figures: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number } }>, members: Array<{ __typename: 'MemberAllocation', body: { __typename: 'PublicBody', id: string, name: string }, figures: { __typename: 'AllocationFigures', allocatedCents: number, committedCents: number, invoicedCents: number, paidCents: number, claimedCents: number, admittedCents: number, remainingCents: number, spentBp: number, population: number } }> }, milestones: { __typename: 'MilestoneConnection', totalCount: number, edges: Array<{ __typename: 'MilestoneEdge', node: { __typename: 'Milestone', id: string, version: number, title: string, kind: MilestoneKind, dueOn: string, doneOn: string | null, location: string | null } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ProjectClaimsQueryVariables = Exact<{
  id: string;
}>;


export type ProjectClaimsQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, expenseClaims: { __typename: 'ExpenseClaimConnection', totalCount: number, edges: Array<{ __typename: 'ExpenseClaimEdge', node: { __typename: 'ExpenseClaim', id: string, number: number, status: ExpenseClaimStatus, periodStart: string, periodEnd: string, submittedAt: string | null, items: { __typename: 'ExpenseItemConnection', totalCount: number }, reviews: { __typename: 'ReviewConnection', edges: Array<{ __typename: 'ReviewEdge', node: { __typename: 'Review', id: string, outcome: ReviewOutcome | null, admittedCents: number, cutCents: number, completedAt: string | null } | null } | null> | null } } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type CreateExpenseClaimMutationVariables = Exact<{
  projectID: string;
  input: ExpenseClaimInput;
}>;


export type CreateExpenseClaimMutation = { __typename: 'Mutation', createExpenseClaim: { __typename: 'ExpenseClaim', id: string, number: number, status: ExpenseClaimStatus } };

export type ProjectDocumentsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  orderBy?: DocumentOrder | null | undefined;
  where?: DocumentWhereInput | null | undefined;
}>;


export type ProjectDocumentsQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, documents: { __typename: 'DocumentConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, sha256: string, signatureKind: DocumentSignatureKind, frozen: boolean, createdAt: string, body: { __typename: 'PublicBody', id: string, name: string } | null, deliverable: { __typename: 'Deliverable', id: string, title: string } | null, invoice: { __typename: 'Invoice', id: string, number: string } | null, expenseClaim: { __typename: 'ExpenseClaim', id: string, number: number } | null, contract: { __typename: 'Contract', id: string, reference: string | null } | null } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ProjectInvoicesQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
  where?: InvoiceWhereInput | null | undefined;
  orderBy?: InvoiceOrder | null | undefined;
}>;


export type ProjectInvoicesQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, invoices: { __typename: 'InvoiceConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'InvoiceEdge', node: { __typename: 'Invoice', id: string, number: string, issuedOn: string, documentType: string, supplierName: string | null, supplierVatID: string, cig: string | null, cup: string | null, taxableCents: number, vatCents: number, totalCents: number, splitPayment: boolean, dueOn: string | null, problems: Array<string> | null, documentTypeName: string, currency: string, foreignTotalCents: number | null, conversionAct: string | null, stampDutyCents: number, withholdingCents: number, creditedTaxableCents: number, creditedVatCents: number, spendingCents: number, fullyPaid: boolean, creditedInvoice: { __typename: 'Invoice', id: string, number: string, issuedOn: string } | null, buyerBody: { __typename: 'PublicBody', id: string, name: string } | null, contract: { __typename: 'Contract', id: string, reference: string | null } | null, parts: Array<{ __typename: 'InvoicePart', kind: PaymentKind, dueCents: number, paidCents: number, receiptedCents: number }>, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, filename: string, sizeBytes: number } | null } | null> | null }, payments: { __typename: 'PaymentConnection', totalCount: number, edges: Array<{ __typename: 'PaymentEdge', node: { __typename: 'Payment', id: string, kind: PaymentKind, mandateNumber: string, mandateDate: string, amountCents: number, receiptDate: string | null } | null } | null> | null } } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ImportInvoicesMutationVariables = Exact<{
  projectID: string;
  file: File;
}>;


export type ImportInvoicesMutation = { __typename: 'Mutation', importInvoices: { __typename: 'InvoiceImportResult', invoices: Array<{ __typename: 'Invoice', id: string, number: string, issuedOn: string, supplierName: string | null, supplierVatID: string, cig: string | null, cup: string | null, totalCents: number, problems: Array<string> | null, documentType: string, documentTypeName: string, currency: string, foreignTotalCents: number | null, stampDutyCents: number, spendingCents: number, contract: { __typename: 'Contract', id: string, reference: string | null } | null, creditedInvoice: { __typename: 'Invoice', id: string, number: string, issuedOn: string } | null }>, skipped: Array<{ __typename: 'SkippedInvoice', index: number, number: string, reason: string }>, discarded: Array<{ __typename: 'DiscardedInvoice', index: number, number: string, documentType: string, reason: string, rule: string }> } };

export type RecordPaymentMutationVariables = Exact<{
  input: RecordPaymentInput;
}>;


export type RecordPaymentMutation = { __typename: 'Mutation', recordPayment: { __typename: 'Payment', id: string, kind: PaymentKind, mandateNumber: string, mandateDate: string, amountCents: number, receiptDate: string | null, invoice: { __typename: 'Invoice', id: string } } };

export type RegisterInvoiceMutationVariables = Exact<{
  input: RegisterInvoiceInput;
}>;


export type RegisterInvoiceMutation = { __typename: 'Mutation', registerInvoice: { __typename: 'Invoice', id: string, number: string, issuedOn: string, totalCents: number, problems: Array<string> | null, contract: { __typename: 'Contract', id: string, reference: string | null } | null } };

export type RecordReceiptMutationVariables = Exact<{
  paymentID: string;
  receiptDate: string;
}>;


export type RecordReceiptMutation = { __typename: 'Mutation', recordReceipt: { __typename: 'Payment', id: string, receiptDate: string | null } };

export type DiscardInvoiceMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type DiscardInvoiceMutation = { __typename: 'Mutation', discardInvoice: { __typename: 'InvoiceDiscarded', id: string, project: { __typename: 'Project', id: string } } };

export type RecordInvoiceEuroValueMutationVariables = Exact<{
  input: RecordInvoiceEuroValueInput;
}>;


export type RecordInvoiceEuroValueMutation = { __typename: 'Mutation', recordInvoiceEuroValue: { __typename: 'Invoice', id: string, taxableCents: number, vatCents: number, totalCents: number, spendingCents: number, conversionAct: string | null, problems: Array<string> | null } };

export type ProjectProcurementsQueryVariables = Exact<{
  id: string;
  first: number;
  after?: string | null | undefined;
}>;


export type ProjectProcurementsQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, procurements: { __typename: 'ProcurementConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'ProcurementEdge', node: { __typename: 'Procurement', id: string, title: string, status: ProcurementStatus, objectType: ProcurementObjectType, anacCode: string, procedureLabel: string, legalBasis: string | null, baseCents: number, separateEstimateCents: number | null, frameworkReference: string | null, startedOn: string | null, cpv: string | null, rupName: string | null, thresholdWarnings: Array<string> | null, runningBody: { __typename: 'PublicBody', id: string, name: string }, beneficiaries: Array<{ __typename: 'PublicBody', id: string, name: string, population: number | null }> | null, savings: { __typename: 'ProcurementSavings', awardCents: number | null, savingsCents: number | null, savingsBp: number | null, jointSavingsCents: number | null, jointSavingsBp: number | null }, lots: { __typename: 'LotConnection', edges: Array<{ __typename: 'LotEdge', node: { __typename: 'Lot', id: string, number: number, cig: string, legacyCigAcknowledged: boolean, title: string, baseCents: number, awardCents: number | null, awardedOn: string | null, awardedVendor: { __typename: 'Vendor', id: string, name: string, vatID: string | null } | null, contracts: { __typename: 'ContractConnection', edges: Array<{ __typename: 'ContractEdge', node: { __typename: 'Contract', id: string, version: number, reference: string | null, signedOn: string | null, netCents: number, vatCents: number, status: ContractStatus, splitMethod: ContractSplitMethod, populationYear: number | null, vendor: { __typename: 'Vendor', id: string, name: string, vatID: string | null } } | null } | null> | null } } | null } | null> | null } } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type ProjectsListQueryVariables = Exact<{
  where?: ProjectWhereInput | null | undefined;
}>;


export type ProjectsListQuery = { __typename: 'Query', projects: { __typename: 'ProjectConnection', totalCount: number, edges: Array<{ __typename: 'ProjectEdge', node: { __typename: 'Project', id: string, title: string, cup: string, status: ProjectStatus, grantedCents: number, aggregation: { __typename: 'Aggregation', id: string, name: string } } | null } | null> | null } };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { __typename: 'Query', notificationPreferences: Array<{ __typename: 'NotificationPreference', kind: NotificationKind, label: string, delivery: NotificationDelivery, version: number }> };

export type SetNotificationPreferenceMutationVariables = Exact<{
  kind: NotificationKind;
  delivery: NotificationDelivery;
  version?: number | null | undefined;
}>;


export type SetNotificationPreferenceMutation = { __typename: 'Mutation', setNotificationPreference: { __typename: 'NotificationPreference', kind: NotificationKind, label: string, delivery: NotificationDelivery, version: number } };

export type ProjectVariationsQueryVariables = Exact<{
  id: string;
}>;


export type ProjectVariationsQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, variations: { __typename: 'VariationConnection', totalCount: number, edges: Array<{ __typename: 'VariationEdge', node: { __typename: 'Variation', id: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, submittedAt: string | null, decidedAt: string | null } | null } | null> | null }, planVersions: Array<{ __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null, variation: { __typename: 'Variation', id: string, number: number } | null }> }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type VariationFieldsFragment = { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } };

export type VariationPageQueryVariables = Exact<{
  id: string;
}>;


export type VariationPageQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project' }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type VariationPlanQueryVariables = Exact<{
  id: string;
  after?: string | null | undefined;
}>;


export type VariationPlanQuery = { __typename: 'Query', node:
    | { __typename: 'APIToken' }
    | { __typename: 'AccessRequest' }
    | { __typename: 'Aggregation' }
    | { __typename: 'Agreement' }
    | { __typename: 'Allocation' }
    | { __typename: 'Application' }
    | { __typename: 'AuditEvent' }
    | { __typename: 'BudgetLine' }
    | { __typename: 'CalendarFeed' }
    | { __typename: 'Call' }
    | { __typename: 'Contract' }
    | { __typename: 'ContractModification' }
    | { __typename: 'CostShare' }
    | { __typename: 'Deliverable' }
    | { __typename: 'Disbursement' }
    | { __typename: 'Document' }
    | { __typename: 'ExpenseCategory' }
    | { __typename: 'ExpenseClaim' }
    | { __typename: 'ExpenseItem' }
    | { __typename: 'GroupingMember' }
    | { __typename: 'InterventionLine' }
    | { __typename: 'Invoice' }
    | { __typename: 'InvoiceShare' }
    | { __typename: 'Lot' }
    | { __typename: 'Membership' }
    | { __typename: 'Milestone' }
    | { __typename: 'Notification' }
    | { __typename: 'Payment' }
    | { __typename: 'PlanAllocation' }
    | { __typename: 'PlanVersion' }
    | { __typename: 'PopulationFigure' }
    | { __typename: 'Procurement' }
    | { __typename: 'Project', id: string, endsOn: string | null, call: { __typename: 'Call', id: string, capPerMemberCents: number | null, freeMovePercent: number, maxExtensions: number, maxExtensionMonths: number, expenseCategories: { __typename: 'ExpenseCategoryConnection', edges: Array<{ __typename: 'ExpenseCategoryEdge', node: { __typename: 'ExpenseCategory', id: string, code: string, name: string, position: number } | null } | null> | null }, interventionLines: { __typename: 'InterventionLineConnection', edges: Array<{ __typename: 'InterventionLineEdge', node: { __typename: 'InterventionLine', id: string, code: string, name: string, position: number } | null } | null> | null } }, allocations: { __typename: 'AllocationConnection', pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename: 'AllocationEdge', node: { __typename: 'Allocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number } | null } | null> | null } }
    | { __typename: 'PublicBody' }
    | { __typename: 'Review' }
    | { __typename: 'RoleAssignment' }
    | { __typename: 'User' }
    | { __typename: 'Variation' }
    | { __typename: 'VariationAllocation' }
    | { __typename: 'Vendor' }
   | null };

export type CreateVariationMutationVariables = Exact<{
  input: CreateVariationInput;
}>;


export type CreateVariationMutation = { __typename: 'Mutation', createVariation: { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } } };

export type UpdateVariationMutationVariables = Exact<{
  id: string;
  input: UpdateVariationInput;
  version?: number | null | undefined;
}>;


export type UpdateVariationMutation = { __typename: 'Mutation', updateVariation: { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } } };

export type SubmitVariationMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type SubmitVariationMutation = { __typename: 'Mutation', submitVariation: { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } } };

export type WithdrawVariationMutationVariables = Exact<{
  id: string;
  version?: number | null | undefined;
}>;


export type WithdrawVariationMutation = { __typename: 'Mutation', withdrawVariation: { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } } };

export type DecideVariationMutationVariables = Exact<{
  id: string;
  input: DecideVariationInput;
  version?: number | null | undefined;
}>;


export type DecideVariationMutation = { __typename: 'Mutation', decideVariation: { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } } };

export type UploadVariationAttachmentMutationVariables = Exact<{
  variationID: string;
  file: File;
}>;


export type UploadVariationAttachmentMutation = { __typename: 'Mutation', uploadVariationAttachment: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string } };

export type RemoveVariationAttachmentMutationVariables = Exact<{
  documentID: string;
}>;


export type RemoveVariationAttachmentMutation = { __typename: 'Mutation', removeVariationAttachment: { __typename: 'Variation', id: string, version: number, projectID: string, number: number, status: VariationStatus, kinds: Array<VariationKind>, reason: string, requestedEndsOn: string | null, requestedEffectiveFrom: string | null, submittedAt: string | null, decidedAt: string | null, decisionReason: string | null, effectiveFrom: string | null, approvedEndsOn: string | null, project: { __typename: 'Project', id: string, call: { __typename: 'Call', id: string, freeMovePercent: number } }, leavingBody: { __typename: 'PublicBody', id: string, name: string } | null, joiningBody: { __typename: 'PublicBody', id: string, name: string } | null, newLeadBody: { __typename: 'PublicBody', id: string, name: string } | null, planVersion: { __typename: 'PlanVersion', id: string, number: number, effectiveFrom: string, endsOn: string | null } | null, requestDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, decisionDocument: { __typename: 'Document', id: string, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string, contentSha256: string | null } | null, documents: { __typename: 'DocumentConnection', edges: Array<{ __typename: 'DocumentEdge', node: { __typename: 'Document', id: string, kind: DocumentKind, filename: string, sizeBytes: number, signatureKind: DocumentSignatureKind, createdAt: string, sha256: string } | null } | null> | null }, allocations: Array<{ __typename: 'VariationAllocation', id: string, bodyID: string, expenseCategoryID: string, interventionLineID: string | null, amountCents: number }> | null, problems: Array<{ __typename: 'Problem', rule: string, message: string, bodyID: string | null, expenseCategoryID: string | null, amountCents: number | null }>, differences: { __typename: 'VariationDifferences', endsOnBefore: string | null, endsOnAfter: string | null, rows: Array<{ __typename: 'VariationDifference', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string }, expenseCategory: { __typename: 'ExpenseCategory', id: string, code: string, name: string }, interventionLine: { __typename: 'InterventionLine', id: string, code: string, name: string } | null }>, members: Array<{ __typename: 'VariationMemberTotal', beforeCents: number, afterCents: number, deltaCents: number, body: { __typename: 'PublicBody', id: string, name: string } }> } } };

export const AggregationProposalFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]} as unknown as DocumentNode<AggregationProposalFieldsFragment, unknown>;
export const AccessRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}}]} as unknown as DocumentNode<AccessRequestFieldsFragment, unknown>;
export const ExpenseItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpenseItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCents"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutReason"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDate"}}]}}]}}]} as unknown as DocumentNode<ExpenseItemFieldsFragment, unknown>;
export const DeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<DeadlineFieldsFragment, unknown>;
export const DeliverableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliverableFieldsFragment, unknown>;
export const AllocationFiguresFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"spentBp"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]} as unknown as DocumentNode<AllocationFiguresFieldsFragment, unknown>;
export const VariationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<VariationFieldsFragment, unknown>;
export const MyAccessRequestsDocument = {"__meta__":{"hash":"sha256:0f18bfae6e72a52d60acfe6b670fdd206c5e3442a91480877f0125e3113d23da"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccessRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myAccessRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationID"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}}]} as unknown as DocumentNode<MyAccessRequestsQuery, MyAccessRequestsQueryVariables>;
export const AccessRequestQueueDocument = {"__meta__":{"hash":"sha256:0258f90d99ca8853f59363cea5c5dde2e2b7c30937e0bc6b468b308ae0ff204a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessRequestQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessRequestQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}}]} as unknown as DocumentNode<AccessRequestQueueQuery, AccessRequestQueueQueryVariables>;
export const RequestAccessDocument = {"__meta__":{"hash":"sha256:9a904e1ce4b259f7551aadb90a7a085badbaa04bd473df64298e2cd092c08d59"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAccessInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestAccess"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}}]} as unknown as DocumentNode<RequestAccessMutation, RequestAccessMutationVariables>;
export const RequestAggregationDocument = {"__meta__":{"hash":"sha256:50ade6a0f6e7bdfacf12af4eb2e9c438a84d8443496eb299a588b3d29a89bd9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestAggregation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestAggregationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestAggregation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}}]} as unknown as DocumentNode<RequestAggregationMutation, RequestAggregationMutationVariables>;
export const DecideAccessRequestDocument = {"__meta__":{"hash":"sha256:ddb00d0f447abb203657ae401f7a8a94eb5d7838e2a5ea8bb3bfd384463e3422"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideAccessRequestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}}]} as unknown as DocumentNode<DecideAccessRequestMutation, DecideAccessRequestMutationVariables>;
export const WithdrawAccessRequestDocument = {"__meta__":{"hash":"sha256:91e0ed8039173484efe4d46044f477708ab1036b89fc866cab3f6df04b2e846b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawAccessRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawAccessRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AggregationProposalFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AggregationProposal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyID"}},{"kind":"Field","name":{"kind":"Name","value":"leadBodyName"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeLabel"}},{"kind":"Field","name":{"kind":"Name","value":"actKind"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"actIssuer"}},{"kind":"Field","name":{"kind":"Name","value":"actFilename"}},{"kind":"Field","name":{"kind":"Name","value":"actURL"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AggregationProposalFields"}}]}}]}}]} as unknown as DocumentNode<WithdrawAccessRequestMutation, WithdrawAccessRequestMutationVariables>;
export const AccessBodiesDocument = {"__meta__":{"hash":"sha256:6ee9942f5712f060954458d51c2c1efc8010e0b636d513bb338144eb901be869"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessBodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBodyKind"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publicBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContainsFold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"kindIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AccessBodiesQuery, AccessBodiesQueryVariables>;
export const AccessTargetsDocument = {"__meta__":{"hash":"sha256:3477e0b2ef015e5174b02e9b21827ce35c1b92e6e2442b3eb03b80bf3a530fdf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessTargets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"accessTargets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationID"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}}]}}]}}]} as unknown as DocumentNode<AccessTargetsQuery, AccessTargetsQueryVariables>;
export const FailedJobsDocument = {"__meta__":{"hash":"sha256:eb5c2638041c5da4e43684ee4d23eae80b32b83e3cab00ff38dc94253f266ca2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FailedJobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"failedJobs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"maxAttempts"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attemptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<FailedJobsQuery, FailedJobsQueryVariables>;
export const RetryJobDocument = {"__meta__":{"hash":"sha256:b8a2045f70f18c13258ef8279951453bfa42817f902272d16489b780041e5236"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetryJob"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retryJob"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAt"}}]}}]}}]} as unknown as DocumentNode<RetryJobMutation, RetryJobMutationVariables>;
export const UsersListDocument = {"__meta__":{"hash":"sha256:a2686b2f30d9d60fd11744d20afbd1200618d564fc47ae3adebe1966f86f6574"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UsersList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"EMAIL"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersListQuery, UsersListQueryVariables>;
export const UserDetailDocument = {"__meta__":{"hash":"sha256:2d8e46960013998733a2b05108ebc2cb6f36235852b62ef1cae95a6f0fde8cb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"regionBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UserDetailQuery, UserDetailQueryVariables>;
export const RoleScopesDocument = {"__meta__":{"hash":"sha256:127eca727ee10f55326be3cee83d6589016a0e61e5cff2c9618b2e1303e97153"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleScopes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publicBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"30"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"EnumValue","value":"REGIONE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RoleScopesQuery, RoleScopesQueryVariables>;
export const AggregationBodiesDocument = {"__meta__":{"hash":"sha256:7692614d3a6701c87d702a96f8826c3a6db41214eb9d16e2fc236744a97e0ccf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AggregationBodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AggregationBodiesQuery, AggregationBodiesQueryVariables>;
export const CreateUserDocument = {"__meta__":{"hash":"sha256:e0d341188772934d86e4ff74a1f8f5f7a9c7012991b900f2d2663b8fb02eb437"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const GrantRoleDocument = {"__meta__":{"hash":"sha256:f3a3956d6f8a1a2613c89e55f2768d1520b59201bc1805f3117013460749479d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<GrantRoleMutation, GrantRoleMutationVariables>;
export const RevokeRoleDocument = {"__meta__":{"hash":"sha256:5d7513ad32a88932c8bfec578ec59c709ffc953327817d7c614a5af36284bc7b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const AggregationMembersDocument = {"__meta__":{"hash":"sha256:e672161266992ee2ade9df4965d94a131f83035f32c11cf9ebebfadf383f29e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AggregationMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MembershipWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"membersEditable"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingOfficeCodes"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AggregationMembersQuery, AggregationMembersQueryVariables>;
export const SearchBodiesDocument = {"__meta__":{"hash":"sha256:49a6cd947b18d6ad4e3dd54e56b9db3e5eafa5bcf618f1ff229fdd6b00e56d99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchBodies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicBodyWhereInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publicBodies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"istatCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}},{"kind":"Field","name":{"kind":"Name","value":"provinceName"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchBodiesQuery, SearchBodiesQueryVariables>;
export const AddMembershipDocument = {"__meta__":{"hash":"sha256:c88b015553aba7ed8445eec12d09f49669d4f6e384abd067460d9837b03e9ddc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AddMembershipMutation, AddMembershipMutationVariables>;
export const UpdateMembershipResolutionDocument = {"__meta__":{"hash":"sha256:9e1994a8536a7721c22a616ddf2851e79d77fb65daef546e25b73f18f6138e1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMembershipResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionDate"}},{"kind":"Field","name":{"kind":"Name","value":"resolutionOrgan"}}]}}]}}]} as unknown as DocumentNode<UpdateMembershipResolutionMutation, UpdateMembershipResolutionMutationVariables>;
export const UpdateMemberBodyCodesDocument = {"__meta__":{"hash":"sha256:bb35bdcdd93fefaed28fdd65d6838927df3a246bd5fe6c7b715bf976d8c3a717"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberBodyCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MemberBodyCodesInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMemberBodyCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"codiceFiscale"}},{"kind":"Field","name":{"kind":"Name","value":"invoicingOfficeCodes"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberBodyCodesMutation, UpdateMemberBodyCodesMutationVariables>;
export const DeleteMembershipDocument = {"__meta__":{"hash":"sha256:2358840771c1278c446592fc70c933d0be3e35ce6baa40bd792073493eda7585"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMembershipMutation, DeleteMembershipMutationVariables>;
export const ApplicationDetailDocument = {"__meta__":{"hash":"sha256:4124b1f28ab4b0feab60eddcc12d09db454b5eabc61c2cea7005c315247d4ca5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"integrationItems"}},{"kind":"Field","name":{"kind":"Name","value":"integrationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"capPerMemberCents"}},{"kind":"Field","name":{"kind":"Name","value":"cofinancingRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"capBp"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundedCents"}},{"kind":"Field","name":{"kind":"Name","value":"ownCents"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"perInhabitantCents"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"perCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"warnings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationDetailQuery, ApplicationDetailQueryVariables>;
export const SubmitApplicationDocument = {"__meta__":{"hash":"sha256:6f377541911255a09cabb35340b486861181fcf626de47b0ce6d37b79fbc5563"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}}]}}]}}]} as unknown as DocumentNode<SubmitApplicationMutation, SubmitApplicationMutationVariables>;
export const WithdrawApplicationDocument = {"__meta__":{"hash":"sha256:421ee59dec03bcc6d8f1c2854c01194ac057ea023f80fb3a2cea9241c20e26e5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawApplicationMutation, WithdrawApplicationMutationVariables>;
export const DecideApplicationDocument = {"__meta__":{"hash":"sha256:6d360b8d54a4dd392b86af549624cf4767647cfb6db21c7fe2af48a1b5481408"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decision"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationDecision"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IntegrationItem"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"integrationDueOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"decision"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decision"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}},{"kind":"Argument","name":{"kind":"Name","value":"integrationDueOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"integrationDueOn"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"integrationItems"}},{"kind":"Field","name":{"kind":"Name","value":"integrationDueOn"}}]}}]}}]} as unknown as DocumentNode<DecideApplicationMutation, DecideApplicationMutationVariables>;
export const FundApplicationDocument = {"__meta__":{"hash":"sha256:a0e68b2ee090d15b67d605d5bc972c06c449f280c1d9277816f052e7494db802"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fundApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<FundApplicationMutation, FundApplicationMutationVariables>;
export const MeDocument = {"__meta__":{"hash":"sha256:9f7f5c00a46016c86aeb432482471c5ab15bb53dbfcd13a2477040903545ea78"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roleAssignments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"regionBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const BudgetEditorMembersDocument = {"__meta__":{"hash":"sha256:031162ce626bbf7a9a8ccc13f4e363a3bdf54c6765fa4c628ea97820677aa197"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetEditorMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Aggregation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"provinceCode"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BudgetEditorMembersQuery, BudgetEditorMembersQueryVariables>;
export const BudgetEditorLinesDocument = {"__meta__":{"hash":"sha256:ab5c90da97ae7537320a0e11c08d907eb99e99c341fbe2ab4e950c0a839ffd37"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetEditorLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Application"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BudgetEditorLinesQuery, BudgetEditorLinesQueryVariables>;
export const SetBudgetLinesDocument = {"__meta__":{"hash":"sha256:befdfbec0c89c50b2b6888383936984a0a3570dcc149e144a486397d5af22213"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetBudgetLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lines"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetLineInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setBudgetLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationID"}}},{"kind":"Argument","name":{"kind":"Name","value":"lines"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lines"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"fundedCents"}},{"kind":"Field","name":{"kind":"Name","value":"ownCents"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"perInhabitantCents"}},{"kind":"Field","name":{"kind":"Name","value":"perMember"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]} as unknown as DocumentNode<SetBudgetLinesMutation, SetBudgetLinesMutationVariables>;
export const CalendarFeedsDocument = {"__meta__":{"hash":"sha256:c1b159bc6abe0ee4928120c8d8b5904250150fcf6a5df1ff764bc59d1d6d84a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CalendarFeeds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CalendarFeedsQuery, CalendarFeedsQueryVariables>;
export const CreateCalendarFeedDocument = {"__meta__":{"hash":"sha256:bf7a3f76817a234ab2b7d974c4ef7d5e923ff607c9f9cbd28aa7c433f6abea20"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"calendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const RevokeCalendarFeedDocument = {"__meta__":{"hash":"sha256:a05e9b7d2b24e239a95ff3b122d052128eed3c11479060e30812a118ccf65c94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarFeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarFeedMutation, RevokeCalendarFeedMutationVariables>;
export const CallsListDocument = {"__meta__":{"hash":"sha256:e9f50edaa34f5f44d20ae7866f0413ca93067da55e3f4b23c905b5aa521935c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CallWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"submitted"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"received"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusNEQ"},"value":{"kind":"EnumValue","value":"DRAFT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallsListQuery, CallsListQueryVariables>;
export const CallDetailDocument = {"__meta__":{"hash":"sha256:ff9763b06f5a8a584606bd9f8c524146c320625b1c89ea4e439a6637976ea75f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CallDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Call"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fund"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"totalBudgetCents"}},{"kind":"Field","name":{"kind":"Name","value":"budgetUse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"pendingCents"}},{"kind":"Field","name":{"kind":"Name","value":"availableCents"}},{"kind":"Field","name":{"kind":"Name","value":"projects"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capPerMemberCents"}},{"kind":"Field","name":{"kind":"Name","value":"capPerProjectCents"}},{"kind":"Field","name":{"kind":"Name","value":"minProjectCents"}},{"kind":"Field","name":{"kind":"Name","value":"cofinancingRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"minMembers"}},{"kind":"Field","name":{"kind":"Name","value":"maxMembers"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"cupDeadlineDays"}},{"kind":"Field","name":{"kind":"Name","value":"contractDeadlineMonths"}},{"kind":"Field","name":{"kind":"Name","value":"reportingEveryMonths"}},{"kind":"Field","name":{"kind":"Name","value":"integrationDays"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDays"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDays"}},{"kind":"Field","name":{"kind":"Name","value":"pucSettings"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"capBp"}},{"kind":"Field","name":{"kind":"Name","value":"capCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatEligible"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"protocolNumber"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CallDetailQuery, CallDetailQueryVariables>;
export const CreateCallDocument = {"__meta__":{"hash":"sha256:0f46008d89c210a18520841f3bc1af733f1e26040e0aaa4af50f91531a32199b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateCallMutation, CreateCallMutationVariables>;
export const UpdateCallDocument = {"__meta__":{"hash":"sha256:3f534de9576e2de19fd964f95438f5f039c43bb55825b6b93284fa628d256cae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}}]}}]}}]} as unknown as DocumentNode<UpdateCallMutation, UpdateCallMutationVariables>;
export const CorrectCallDocument = {"__meta__":{"hash":"sha256:58e2f824c45762670e8edbfa175fc9768decde6c6ad78c8e4014bc9473f54a80"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CorrectCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"correctCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rowVersion"}},{"kind":"Field","name":{"kind":"Name","value":"pucSettings"}}]}}]}}]} as unknown as DocumentNode<CorrectCallMutation, CorrectCallMutationVariables>;
export const CreateInterventionLineDocument = {"__meta__":{"hash":"sha256:860a22f1f01d6d44d277988886277b0a38d09476b1cccad5e00ad853b6b78794"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInterventionLine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInterventionLineInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createInterventionLine"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateInterventionLineMutation, CreateInterventionLineMutationVariables>;
export const CreateExpenseCategoryDocument = {"__meta__":{"hash":"sha256:90a93d0d06acac8f5eeee3b8314d800bd713e971f00aebc24b23eb8652940da4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExpenseCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExpenseCategoryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createExpenseCategory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateExpenseCategoryMutation, CreateExpenseCategoryMutationVariables>;
export const PublishCallDocument = {"__meta__":{"hash":"sha256:e8c7b355a818e4c0fb7b51d1ed0de7921d1ab37c4d0e6f283b693892458faf28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<PublishCallMutation, PublishCallMutationVariables>;
export const CloseCallDocument = {"__meta__":{"hash":"sha256:a0eea1d7e0d558f035df9fb0ad081de95d0d38e569c069acd194aeb6c96ec6ae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CloseCallMutation, CloseCallMutationVariables>;
export const ArchiveCallDocument = {"__meta__":{"hash":"sha256:de057ed01ded53f7bd98edb835e8b7bcee3ec77b0300a4d54d3865a93ab58e44"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"archiveCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ArchiveCallMutation, ArchiveCallMutationVariables>;
export const ClaimPageDocument = {"__meta__":{"hash":"sha256:a9fa605656bf459f8a77041f62e493d6347c22218868ad4e02a502487d1ffb14"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"pending"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"aggregationID"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutCents"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimPageQuery, ClaimPageQueryVariables>;
export const ClaimItemsDocument = {"__meta__":{"hash":"sha256:d364f8c5fafa30a04ca2949c9287b4b054a412e9ecc6a61836bc400a79159154"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaim"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpenseItemFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpenseItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCents"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutReason"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"mandateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDate"}}]}}]}}]} as unknown as DocumentNode<ClaimItemsQuery, ClaimItemsQueryVariables>;
export const StartReviewDocument = {"__meta__":{"hash":"sha256:3e756e0b1d84e83d08804aead1bcf844196895900bf2c8605df311ea84186150"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<StartReviewMutation, StartReviewMutationVariables>;
export const DecideExpenseItemDocument = {"__meta__":{"hash":"sha256:aef54f3ce95b9c66849f19454b589805209450d2d5e2e05c8a5486b8005d1d31"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExpenseItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"admittedCents"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Cents"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideExpenseItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"admittedCents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"admittedCents"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutReason"}}]}}]}}]} as unknown as DocumentNode<DecideExpenseItemMutation, DecideExpenseItemMutationVariables>;
export const SetReviewChecklistDocument = {"__meta__":{"hash":"sha256:93887d12efba465b68a537522c41416f406c115cb54052d36d06676f91f1704c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReviewChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"results"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistResultInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setReviewChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewID"}}},{"kind":"Argument","name":{"kind":"Name","value":"results"},"value":{"kind":"Variable","name":{"kind":"Name","value":"results"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checklist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<SetReviewChecklistMutation, SetReviewChecklistMutationVariables>;
export const CompleteReviewDocument = {"__meta__":{"hash":"sha256:14bb69f3ac4259a24db11f9179dcc89a0cfbcc47f2fe7bb48bb56db24467dac5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviewID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewOutcome"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comments"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"reviewID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviewID"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}},{"kind":"Argument","name":{"kind":"Name","value":"comments"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comments"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutCents"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteReviewMutation, CompleteReviewMutationVariables>;
export const AddExpenseItemsDocument = {"__meta__":{"hash":"sha256:8f18a19145f3e365446cbc32f3267284d82434515b4d358be3ca15c6e92c8ab6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExpenseItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"items"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseItemInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addExpenseItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}}},{"kind":"Argument","name":{"kind":"Name","value":"items"},"value":{"kind":"Variable","name":{"kind":"Name","value":"items"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddExpenseItemsMutation, AddExpenseItemsMutationVariables>;
export const RemoveExpenseItemDocument = {"__meta__":{"hash":"sha256:e857d03a80df229f4fc22cdc4b3cc695114e8e0c60988424ce53cd2a92892164"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveExpenseItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeExpenseItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveExpenseItemMutation, RemoveExpenseItemMutationVariables>;
export const SubmitExpenseClaimDocument = {"__meta__":{"hash":"sha256:0a75af7d8361200918340ad1a89080e811977f1cf57646d155242966dba6c477"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}}]} as unknown as DocumentNode<SubmitExpenseClaimMutation, SubmitExpenseClaimMutationVariables>;
export const DecideExpenseItemsDocument = {"__meta__":{"hash":"sha256:7697210f693bd737f0ff8ce2114bb18356ea640910275c58361589a843050b63"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideExpenseItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"decisions"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseDecisionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideExpenseItems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"decisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"decisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decision"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutReason"}}]}}]}}]} as unknown as DocumentNode<DecideExpenseItemsMutation, DecideExpenseItemsMutationVariables>;
export const UpdateExpenseClaimDocument = {"__meta__":{"hash":"sha256:62e61aa35b5b0b541b3a77fdea74108249bc3058122d09a7185c71bca641be9e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"narrative"}}]}}]}}]} as unknown as DocumentNode<UpdateExpenseClaimMutation, UpdateExpenseClaimMutationVariables>;
export const UploadClaimAttachmentDocument = {"__meta__":{"hash":"sha256:128f740b6c92f556d4ad83ae80b8820654fbe2d4f6179ac049a65b2e5fb01b67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadClaimAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadClaimAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"claimID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UploadClaimAttachmentMutation, UploadClaimAttachmentMutationVariables>;
export const ClaimableInvoicesDocument = {"__meta__":{"hash":"sha256:df4f7524405eb86cdea7cd462212e6c1909051223e3558bdd26031c9e2c469a8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimableInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"contractIDNotNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ISSUED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"conversionAct"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"splitPayment"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"receiptedCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claimableShares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"vatEligible"}},{"kind":"Field","name":{"kind":"Name","value":"claimableCents"}},{"kind":"Field","name":{"kind":"Name","value":"claimableWhenPaidCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoiceID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimableInvoicesQuery, ClaimableInvoicesQueryVariables>;
export const SignContractDocument = {"__meta__":{"hash":"sha256:7eff5bc8ebd965de9172f905d782cbf492eb467caf427b51c2ed75fd75d68bf3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignContractInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"splitMethod"}}]}}]}}]} as unknown as DocumentNode<SignContractMutation, SignContractMutationVariables>;
export const SplitContractDocument = {"__meta__":{"hash":"sha256:0d9e919e2df79568ec7077b457b88115198605216508b2e4775fc637378b52ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SplitContract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"split"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContractSplitInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"splitContract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"split"},"value":{"kind":"Variable","name":{"kind":"Name","value":"split"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"splitMethod"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}}]}}]}}]} as unknown as DocumentNode<SplitContractMutation, SplitContractMutationVariables>;
export const UploadContractDocumentDocument = {"__meta__":{"hash":"sha256:15f414c66e2a271b81c19714bbf1a9e014d8b8c00039d7f49347cb7027a086fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadContractDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contractID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadContractDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"contractID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contractID"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}}]}}]}}]} as unknown as DocumentNode<UploadContractDocumentMutation, UploadContractDocumentMutationVariables>;
export const ContractSharesDocument = {"__meta__":{"hash":"sha256:48159b126bcde62123b6898c028dcb173b8e6c4854e3fca6726f0206af7688c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ContractShares"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Contract"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"splitMethod"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"modifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"actNumber"}},{"kind":"Field","name":{"kind":"Name","value":"actDate"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"beforeNetCents"}},{"kind":"Field","name":{"kind":"Name","value":"beforeVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"beforeEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}},{"kind":"Field","name":{"kind":"Name","value":"sharesBefore"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharesAfter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"bodyName"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"costShares"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatEligible"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ContractSharesQuery, ContractSharesQueryVariables>;
export const ProposeContractModificationDocument = {"__meta__":{"hash":"sha256:24548062cea7cd1994eaeafd85a774013e9d7bd5ba014e934e52ec80b450494f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeContractModification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeContractModificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proposeContractModification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeContractModificationMutation, ProposeContractModificationMutationVariables>;
export const ApplyContractModificationDocument = {"__meta__":{"hash":"sha256:2b22ec80ade7753a14522ff57732a5dbcd940d85df1b1f10538edaaf22f79f85"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyContractModification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applyContractModification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveOn"}}]}}]}}]} as unknown as DocumentNode<ApplyContractModificationMutation, ApplyContractModificationMutationVariables>;
export const WithdrawContractModificationDocument = {"__meta__":{"hash":"sha256:9f4cbeab0176bf3d9f58df3656aab92eddf53a8e014bf3d6634c8ca88d5129f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawContractModification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawContractModification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawContractModificationMutation, WithdrawContractModificationMutationVariables>;
export const MyDeadlinesDocument = {"__meta__":{"hash":"sha256:94b593d16d9fe47a4ca7307bfd3ce8c87260774a04fe0dd37d98ce5a5fc4c785"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<MyDeadlinesQuery, MyDeadlinesQueryVariables>;
export const ProjectDeadlinesDocument = {"__meta__":{"hash":"sha256:cb332fb985961a2704441b16f09828bfcdda874b1ab89e6171dacd254a6b881d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDeadlines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deadlines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeadlineFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deadline"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"path"}}]}}]} as unknown as DocumentNode<ProjectDeadlinesQuery, ProjectDeadlinesQueryVariables>;
export const DeliverablesMatrixDocument = {"__meta__":{"hash":"sha256:99a18d9b5aed27a395325f399778bf0be27b8d39937bd221a199792e18c0389e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeliverablesMatrix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeliverablesMatrixQuery, DeliverablesMatrixQueryVariables>;
export const ProjectDeliverablesDocument = {"__meta__":{"hash":"sha256:4314f266ec55f33c4933c5d0e7e62278c9a5c27c9fc6ed6587917f44aa49da60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDeliverables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliverableWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliverableFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDeliverablesQuery, ProjectDeliverablesQueryVariables>;
export const TransitionDeliverableDocument = {"__meta__":{"hash":"sha256:e3191c8deab563b0234b8c342158fc9d3d3e87da626bde75cc86b2c1d67e8049"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionDeliverable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliverableStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transitionDeliverable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliverableFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TransitionDeliverableMutation, TransitionDeliverableMutationVariables>;
export const UploadDeliverableEvidenceDocument = {"__meta__":{"hash":"sha256:f7f3d023261a15d4ec33fee7ffd6abaa83d85c2d89656bbff8a88f6425f9d911"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadDeliverableEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliverableID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadDeliverableEvidence"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deliverableID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliverableID"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliverable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliverableFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UploadDeliverableEvidenceMutation, UploadDeliverableEvidenceMutationVariables>;
export const DefineDeliverableDocument = {"__meta__":{"hash":"sha256:2d19b8b7db56a6ba0657444f44acc6aa885d17e30c1398e7e96ac2fd987232a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineDeliverable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineDeliverableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"defineDeliverable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DefineDeliverableMutation, DefineDeliverableMutationVariables>;
export const ProjectDisbursementsDocument = {"__meta__":{"hash":"sha256:66e64f425c5ea99ac33ebb58707dc91e94a3b21ba3d11748e1ac926f424279e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDisbursements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"disbursements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"euCents"}},{"kind":"Field","name":{"kind":"Name","value":"stateCents"}},{"kind":"Field","name":{"kind":"Name","value":"regionCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedToDateCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}},{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"disbursementPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"contributionRateBp"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBp"}},{"kind":"Field","name":{"kind":"Name","value":"advanceCents"}},{"kind":"Field","name":{"kind":"Name","value":"interimMaxBp"}},{"kind":"Field","name":{"kind":"Name","value":"interimCapCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedToDateCents"}},{"kind":"Field","name":{"kind":"Name","value":"contributionCents"}},{"kind":"Field","name":{"kind":"Name","value":"disbursedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"interimDueCents"}},{"kind":"Field","name":{"kind":"Name","value":"balanceDueCents"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"acceptedClaims"},"name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACCEPTED"},{"kind":"EnumValue","value":"PARTIALLY_ACCEPTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDisbursementsQuery, ProjectDisbursementsQueryVariables>;
export const RequestDisbursementDocument = {"__meta__":{"hash":"sha256:d9d9f1d3155efa10ee9bd7cac283585481b2032ad7ab00b36f3603342f79b2c7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"claimID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"euCents"}},{"kind":"Field","name":{"kind":"Name","value":"stateCents"}},{"kind":"Field","name":{"kind":"Name","value":"regionCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedToDateCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}}]}}]}}]} as unknown as DocumentNode<RequestDisbursementMutation, RequestDisbursementMutationVariables>;
export const TransitionDisbursementDocument = {"__meta__":{"hash":"sha256:0db279bf3bdb9e0edf38ffc435063e43d8bcb5d53b40caf7cc96c1e5136a20fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionDisbursement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisbursementStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"on"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reference"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transitionDisbursement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"on"},"value":{"kind":"Variable","name":{"kind":"Name","value":"on"}}},{"kind":"Argument","name":{"kind":"Name","value":"reference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"approvedOn"}},{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"paymentReference"}}]}}]}}]} as unknown as DocumentNode<TransitionDisbursementMutation, TransitionDisbursementMutationVariables>;
export const TransitionProjectDocument = {"__meta__":{"hash":"sha256:f7620d30a60a8493c66e65738b527b0c28fd3a0a5d6d9252dfac547634534f5a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionProject"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transitionProject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransitionProjectMutation, TransitionProjectMutationVariables>;
export const AttentionApplicationsDocument = {"__meta__":{"hash":"sha256:fe5bea7446dde4f78aeb1a5e34fef9df028d6125ccc3d504b2eaee94ccf0328f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttentionApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttentionApplicationsQuery, AttentionApplicationsQueryVariables>;
export const LeadAttentionDocument = {"__meta__":{"hash":"sha256:744e82a9ddb565ace263fbbc403335165141c19d59688204b889c8e14162a9e3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LeadAttention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aggregationIDs"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aggregationIDIn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aggregationIDs"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ISSUED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statusIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"CHANGES_REQUESTED"},{"kind":"EnumValue","value":"DRAFT"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<LeadAttentionQuery, LeadAttentionQueryVariables>;
export const OfficerAttentionDocument = {"__meta__":{"hash":"sha256:5701a154a8c8791fd7e3d8cc9d8b5b255a7de75338a0ee8b607cab911d2c540d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerAttention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"toExamine"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"SUBMITTED"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"toFund"},"name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"ADMISSIBLE"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"SUBMITTED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerAttentionQuery, OfficerAttentionQueryVariables>;
export const ReviewQueueDocument = {"__meta__":{"hash":"sha256:0386997420da963e85a1ff90babb6955b5519088874aadc97452ec3390ac9a4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const InboxDocument = {"__meta__":{"hash":"sha256:d951338c13df8909a12dab17bd71edb8dc618eea51c6ea51131cf82e592d5ce4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const UnreadCountDocument = {"__meta__":{"hash":"sha256:80c9b4a7f78599b0d90de4bba5ab0f00b5dc8ad1578943e0b992cd343854b50a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"sha256:5923e478033e40fc4070ffee65be8efaccc7e32217a657b0b4e2e53e438a6b9f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"all"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"all"},"value":{"kind":"Variable","name":{"kind":"Name","value":"all"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const ApplicationsPageDocument = {"__meta__":{"hash":"sha256:628fdb095f08f012cca0ee3bdc9d8013ab9610dfa5eb684ceda22d9becb6637b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApplicationsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplicationWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplicationsPageQuery, ApplicationsPageQueryVariables>;
export const ProjectsPageDocument = {"__meta__":{"hash":"sha256:132b93dbb79b95d7e061d429d166acd55e12aab5025dfd967d18524ff239e32e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsPageQuery, ProjectsPageQueryVariables>;
export const ClaimsOverviewDocument = {"__meta__":{"hash":"sha256:4186e40088395829166f197bfb18227bdfcc58e808d47967851b2ead7d5f0a13"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ClaimsOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"claimWhere"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaimWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"claimWhere"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ClaimsOverviewQuery, ClaimsOverviewQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:bc628cf882efda67a2c78cb357b2d4d88d6fce15d424b6ae439edd77c926ebcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"q"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"titleContainsFold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"cupContainsFold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"titleContainsFold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"calls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"titleContainsFold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"q"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"UPDATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const MemberHomeDocument = {"__meta__":{"hash":"sha256:92b57d0284e8c5ccc1324e211a83b28d95d631d5fcbad13acce9fe2f6eaf3659"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberHome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aggregationID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"aggregationID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aggregationID"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allocationSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"bodyID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"bodyID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bodyID"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DeliverableFields"}}]}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"spentBp"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DeliverableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deliverable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredOn"}},{"kind":"Field","name":{"kind":"Name","value":"progressNote"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberHomeQuery, MemberHomeQueryVariables>;
export const ProjectSetupDocument = {"__meta__":{"hash":"sha256:8ae2f78541a66fda8a1fce835b7547bef680d9d09f85d41a17849ec389b9b89b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"leftOnIsNil"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"advanceBp"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatEligible"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectSetupQuery, ProjectSetupQueryVariables>;
export const CreateProcurementDocument = {"__meta__":{"hash":"sha256:43b9b6df0876bf1c5d2811d5e6979de0bc3dfb381c482a2a58148c98afae93f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createProcurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdWarnings"}}]}}]}}]} as unknown as DocumentNode<CreateProcurementMutation, CreateProcurementMutationVariables>;
export const TransitionProcurementDocument = {"__meta__":{"hash":"sha256:8d3dd3812b7fbef3fdbf9dc7b56077583d010de25344a08f4445fa7a71926e2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionProcurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"transitionProcurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TransitionProcurementMutation, TransitionProcurementMutationVariables>;
export const CreateLotDocument = {"__meta__":{"hash":"sha256:89ed4c933a1fa69b90ffdcb7d35c64dce5670a996217e4a1044cbc98a6cdc329"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseCents"}},{"kind":"Field","name":{"kind":"Name","value":"legacyCigAcknowledged"}}]}}]}}]} as unknown as DocumentNode<CreateLotMutation, CreateLotMutationVariables>;
export const AwardLotDocument = {"__meta__":{"hash":"sha256:4ae5aca18e7ab896ebb540b5af951d7bc339c0cf55b5eb6eac13ae0e5302f14c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardLot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AwardLotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"awardLot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"awardCents"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"awardedVendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatID"}}]}},{"kind":"Field","name":{"kind":"Name","value":"procurement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<AwardLotMutation, AwardLotMutationVariables>;
export const CreateVendorDocument = {"__meta__":{"hash":"sha256:a0fb99b807eae23bd08d77aa16234d322c44de127077ae153e2b2de37e3c579a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVendor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVendorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createVendor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatID"}}]}}]}}]} as unknown as DocumentNode<CreateVendorMutation, CreateVendorMutationVariables>;
export const VendorSearchDocument = {"__meta__":{"hash":"sha256:ef1d43c5e3ddffdfe7daeb2694100888ee7b995fb71e09a0346638d5dd391bda"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VendorSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"vendors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"or"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"nameContainsFold"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]},{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"vatIDContains"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NAME"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatID"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VendorSearchQuery, VendorSearchQueryVariables>;
export const UpdateProfileDocument = {"__meta__":{"hash":"sha256:99d505ae076cc14df0be1777863d618fbdbd66ed9d93924e43d02e6d4acabf24"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userID"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const CreateMilestoneDocument = {"__meta__":{"hash":"sha256:1d55d04def3d7a8c5a3058ccccdc67da4b244307c8ef2c8e11e2f2f461ab292a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<CreateMilestoneMutation, CreateMilestoneMutationVariables>;
export const UpdateMilestoneDocument = {"__meta__":{"hash":"sha256:0433102bd76dfddabfd31b48018fae7d82abb8e963256cb1dbda4a8caea644ff"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]} as unknown as DocumentNode<UpdateMilestoneMutation, UpdateMilestoneMutationVariables>;
export const ProjectOverdueDocument = {"__meta__":{"hash":"sha256:518ddfe3c1a90676b4df6a655cd1f3a60b923865262f8d8ac5494d388584affb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectOverdue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"today"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestonesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"lateDeliverables"},"name":{"kind":"Name","value":"deliverables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueOnLT"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statusIn"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PLANNED"},{"kind":"EnumValue","value":"IN_PROGRESS"},{"kind":"EnumValue","value":"REJECTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"lateMilestones"},"name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestonesAfter"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"dueOnLT"},"value":{"kind":"Variable","name":{"kind":"Name","value":"today"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"doneOnIsNil"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectOverdueQuery, ProjectOverdueQueryVariables>;
export const ProjectPageDocument = {"__meta__":{"hash":"sha256:e76f5d492b3f96a093946f18c1e5b340e3a820f985e64d69af9df5734f2f7135"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"decreeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decreeDate"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"euCents"}},{"kind":"Field","name":{"kind":"Name","value":"stateCents"}},{"kind":"Field","name":{"kind":"Name","value":"regionCents"}},{"kind":"Field","name":{"kind":"Name","value":"ownCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocationSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AllocationFiguresFields"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"DUE_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"doneOn"}},{"kind":"Field","name":{"kind":"Name","value":"location"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AllocationFiguresFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AllocationFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedCents"}},{"kind":"Field","name":{"kind":"Name","value":"committedCents"}},{"kind":"Field","name":{"kind":"Name","value":"invoicedCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"claimedCents"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"remainingCents"}},{"kind":"Field","name":{"kind":"Name","value":"spentBp"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}}]} as unknown as DocumentNode<ProjectPageQuery, ProjectPageQueryVariables>;
export const ProjectClaimsDocument = {"__meta__":{"hash":"sha256:3f963d566aaefe07ac74ecfce13f94cfe96d24a195f38581765f21a747b3ad77"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expenseClaims"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"admittedCents"}},{"kind":"Field","name":{"kind":"Name","value":"cutCents"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectClaimsQuery, ProjectClaimsQueryVariables>;
export const CreateExpenseClaimDocument = {"__meta__":{"hash":"sha256:e00e12218f6ec12d18b26a2175bed9aec55de40817eccd0ef43d6ffe927ab23b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExpenseClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpenseClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createExpenseClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CreateExpenseClaimMutation, CreateExpenseClaimMutationVariables>;
export const ProjectDocumentsDocument = {"__meta__":{"hash":"sha256:c20fb1dc384774e3c93f497400650cf0086b5e4503177c53b8a41fa344abd8e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DocumentWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"frozen"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliverable"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectDocumentsQuery, ProjectDocumentsQueryVariables>;
export const ProjectInvoicesDocument = {"__meta__":{"hash":"sha256:2bc96f739244e37a569e915e4456139bf95970e957c2125bfbb4118ba4a374e9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceWhereInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"InvoiceOrder"}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"ISSUED_ON"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierVatID"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"taxableCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"splitPayment"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"foreignTotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"conversionAct"}},{"kind":"Field","name":{"kind":"Name","value":"stampDutyCents"}},{"kind":"Field","name":{"kind":"Name","value":"withholdingCents"}},{"kind":"Field","name":{"kind":"Name","value":"creditedTaxableCents"}},{"kind":"Field","name":{"kind":"Name","value":"creditedVatCents"}},{"kind":"Field","name":{"kind":"Name","value":"spendingCents"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buyerBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueCents"}},{"kind":"Field","name":{"kind":"Name","value":"paidCents"}},{"kind":"Field","name":{"kind":"Name","value":"receiptedCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"fullyPaid"}},{"kind":"Field","name":{"kind":"Name","value":"spendingCents"}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mandateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mandateDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDate"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectInvoicesQuery, ProjectInvoicesQueryVariables>;
export const ImportInvoicesDocument = {"__meta__":{"hash":"sha256:ddfaf1a673553e0ca648d093d38425db53052b3171c78f4ebf82045b35c4d885"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportInvoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importInvoices"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"projectID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"projectID"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"invoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"supplierName"}},{"kind":"Field","name":{"kind":"Name","value":"supplierVatID"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"documentTypeName"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"foreignTotalCents"}},{"kind":"Field","name":{"kind":"Name","value":"stampDutyCents"}},{"kind":"Field","name":{"kind":"Name","value":"spendingCents"}},{"kind":"Field","name":{"kind":"Name","value":"creditedInvoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"discarded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]} as unknown as DocumentNode<ImportInvoicesMutation, ImportInvoicesMutationVariables>;
export const RecordPaymentDocument = {"__meta__":{"hash":"sha256:b693c677ab38573bd7af1c6909c0595276fb1eb4e86bcc291ed72fe30c945f47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPaymentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"mandateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"mandateDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDate"}},{"kind":"Field","name":{"kind":"Name","value":"invoice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPaymentMutation, RecordPaymentMutationVariables>;
export const RegisterInvoiceDocument = {"__meta__":{"hash":"sha256:b797c0a87cf8b980833db7702ceb05c8a0db63968a1b5a12d2d428247eeed922"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInvoiceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"issuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}},{"kind":"Field","name":{"kind":"Name","value":"contract"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}}]}}]}}]} as unknown as DocumentNode<RegisterInvoiceMutation, RegisterInvoiceMutationVariables>;
export const RecordReceiptDocument = {"__meta__":{"hash":"sha256:cee41caa53cd0a4ea44fee43dc46408dabf8347f9922e011f0f43606fba79428"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReceipt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paymentID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"receiptDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordReceipt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"paymentID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paymentID"}}},{"kind":"Argument","name":{"kind":"Name","value":"receiptDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"receiptDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"receiptDate"}}]}}]}}]} as unknown as DocumentNode<RecordReceiptMutation, RecordReceiptMutationVariables>;
export const DiscardInvoiceDocument = {"__meta__":{"hash":"sha256:32715bf8664ff0614700bfc6a916a461b0a029582e747d9ee2b11237d51cf4f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardInvoice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"discardInvoice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DiscardInvoiceMutation, DiscardInvoiceMutationVariables>;
export const RecordInvoiceEuroValueDocument = {"__meta__":{"hash":"sha256:ff941520a61ad43d6fd7a4f35c177e4c4ea917dcecadfaeb10d628f739610b3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordInvoiceEuroValue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordInvoiceEuroValueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordInvoiceEuroValue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"taxableCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"totalCents"}},{"kind":"Field","name":{"kind":"Name","value":"spendingCents"}},{"kind":"Field","name":{"kind":"Name","value":"conversionAct"}},{"kind":"Field","name":{"kind":"Name","value":"problems"}}]}}]}}]} as unknown as DocumentNode<RecordInvoiceEuroValueMutation, RecordInvoiceEuroValueMutationVariables>;
export const ProjectProcurementsDocument = {"__meta__":{"hash":"sha256:ad3d2b399725105a012f80cbd37a2adf002211b2c0bfea03c69c776e72f48884"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectProcurements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"procurements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"CREATED_AT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"objectType"}},{"kind":"Field","name":{"kind":"Name","value":"anacCode"}},{"kind":"Field","name":{"kind":"Name","value":"procedureLabel"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"baseCents"}},{"kind":"Field","name":{"kind":"Name","value":"separateEstimateCents"}},{"kind":"Field","name":{"kind":"Name","value":"frameworkReference"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"cpv"}},{"kind":"Field","name":{"kind":"Name","value":"rupName"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdWarnings"}},{"kind":"Field","name":{"kind":"Name","value":"runningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}}]}},{"kind":"Field","name":{"kind":"Name","value":"savings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"awardCents"}},{"kind":"Field","name":{"kind":"Name","value":"savingsCents"}},{"kind":"Field","name":{"kind":"Name","value":"savingsBp"}},{"kind":"Field","name":{"kind":"Name","value":"jointSavingsCents"}},{"kind":"Field","name":{"kind":"Name","value":"jointSavingsBp"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"cig"}},{"kind":"Field","name":{"kind":"Name","value":"legacyCigAcknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"baseCents"}},{"kind":"Field","name":{"kind":"Name","value":"awardCents"}},{"kind":"Field","name":{"kind":"Name","value":"awardedOn"}},{"kind":"Field","name":{"kind":"Name","value":"awardedVendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatID"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contracts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"netCents"}},{"kind":"Field","name":{"kind":"Name","value":"vatCents"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"splitMethod"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"vendor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"vatID"}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectProcurementsQuery, ProjectProcurementsQueryVariables>;
export const ProjectsListDocument = {"__meta__":{"hash":"sha256:f87e47d559628927809953597148163c0d848b5191f5916410d49677b2dfcb0b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProjectWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"projects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"cup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCents"}},{"kind":"Field","name":{"kind":"Name","value":"aggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectsListQuery, ProjectsListQueryVariables>;
export const NotificationPreferencesDocument = {"__meta__":{"hash":"sha256:498f147fbd3ef457d3c5833a6a1ebe6a54da10ce9fc4886985d260084a9577c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferenceDocument = {"__meta__":{"hash":"sha256:f07be6e28ef37253b49c5faa0fd32d9d18d401561f92208f66a1262dd2ac4df8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationDelivery"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"delivery"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delivery"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferenceMutation, SetNotificationPreferenceMutationVariables>;
export const ProjectVariationsDocument = {"__meta__":{"hash":"sha256:3a53555b2445cdbadb0d0614b8e161e49fd2000cb580a452532fa391d5760d51"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProjectVariations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"variations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"NUMBER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"variation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProjectVariationsQuery, ProjectVariationsQueryVariables>;
export const VariationPageDocument = {"__meta__":{"hash":"sha256:4120a23f9ad6f7a233dc4af6dd56718a8a2a0d944d6bab38ff4a495cc32d8703"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<VariationPageQuery, VariationPageQueryVariables>;
export const VariationPlanDocument = {"__meta__":{"hash":"sha256:2662a11330cf199c9c490bb73a23239a65ff5c1bbf3022bdad2daf2310071829"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VariationPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Project"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"capPerMemberCents"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensions"}},{"kind":"Field","name":{"kind":"Name","value":"maxExtensionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategories"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VariationPlanQuery, VariationPlanQueryVariables>;
export const CreateVariationDocument = {"__meta__":{"hash":"sha256:f4abdf01a5b474c03a624fdca94dcbb7e7a314589accee69feebae23b50861e7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVariation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVariationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createVariation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVariationMutation, CreateVariationMutationVariables>;
export const UpdateVariationDocument = {"__meta__":{"hash":"sha256:59eb0a7654e85aa5b5e4958d3451960494128895662601215acd52f38be370a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVariation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVariationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updateVariation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVariationMutation, UpdateVariationMutationVariables>;
export const SubmitVariationDocument = {"__meta__":{"hash":"sha256:bfa0b0e425933df9ab10ed03102c2837c2527f5d04530889ba0ba9fdc2fec817"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitVariation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitVariation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitVariationMutation, SubmitVariationMutationVariables>;
export const WithdrawVariationDocument = {"__meta__":{"hash":"sha256:8763a64cdc091e26a39d0e4e6aa5f6feeed565fabeca9fcc239a5a291b43df4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawVariation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawVariation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawVariationMutation, WithdrawVariationMutationVariables>;
export const DecideVariationDocument = {"__meta__":{"hash":"sha256:b19ce81018a066fab724733b6c9977bc19ea9dfcf0c035c70fa60ac7d8a6e297"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideVariation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideVariationInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideVariation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<DecideVariationMutation, DecideVariationMutationVariables>;
export const UploadVariationAttachmentDocument = {"__meta__":{"hash":"sha256:cc069691b9161f21027db3bcb5f95a358e2fd94e12d88bcc4c8b1f7245ea2328"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadVariationAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"variationID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"uploadVariationAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"variationID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"variationID"}}},{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<UploadVariationAttachmentMutation, UploadVariationAttachmentMutationVariables>;
export const RemoveVariationAttachmentDocument = {"__meta__":{"hash":"sha256:1ece5c4442433c11e6126969d9b531a098e5750b077c40b27d7c74a642ad127b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveVariationAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeVariationAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"documentID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"VariationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"VariationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Variation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"projectID"}},{"kind":"Field","name":{"kind":"Name","value":"project"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"freeMovePercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"requestedEffectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedEndsOn"}},{"kind":"Field","name":{"kind":"Name","value":"leavingBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"joiningBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"newLeadBody"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planVersion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"contentSha256"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"signatureKind"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"interventionLineID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"bodyID"}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategoryID"}},{"kind":"Field","name":{"kind":"Name","value":"amountCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"differences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnBefore"}},{"kind":"Field","name":{"kind":"Name","value":"endsOnAfter"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expenseCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"interventionLine"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beforeCents"}},{"kind":"Field","name":{"kind":"Name","value":"afterCents"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveVariationAttachmentMutation, RemoveVariationAttachmentMutationVariables>;