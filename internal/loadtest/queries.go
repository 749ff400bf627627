package loadtest

// The GraphQL documents are the web app's (frontend/src/features): what
// its screens send.

// FiguresFragment is the web app's AllocationFiguresFields.
const FiguresFragment = `
fragment F on AllocationFigures { allocatedCents committedCents invoicedCents paidCents claimedCents admittedCents remainingCents spentBp population }`

// MemberDashboardQuery is a member's dashboard.
const MemberDashboardQuery = `query MemberDashboard($project: ID!, $body: ID!) {
  node(id: $project) { ... on Project { id title cup status
    allocationSummary(bodyID: $body) {
      totals { ...F }
      categories { expenseCategory { id code name } figures { ...F } }
      lines { interventionLine { id code name } figures { ...F } }
    }
    deliverables(first: 50, where: { bodyID: $body }, orderBy: { field: DUE_ON, direction: ASC }) {
      totalCount edges { node { id title dueOn status deliveredOn } }
    }
    invoices(first: 20, orderBy: { field: ISSUED_ON, direction: DESC }) {
      totalCount edges { node { id number issuedOn supplierName totalCents } }
    }
  } }
}` + FiguresFragment

// ProjectPageQuery is the lead's project page.
const ProjectPageQuery = `query ProjectPage($id: ID!) {
  node(id: $id) { ... on Project {
    id title cup decreeNumber decreeDate grantedCents euCents stateCents regionCents ownCents status startsOn endsOn
    aggregation { id name }
    call { id title }
    allocationSummary {
      totals { ...F }
      categories { expenseCategory { id code name } figures { ...F } }
      lines { interventionLine { id code name } figures { ...F } }
      members { body { id name } figures { ...F } }
    }
    overdue(limit: 100) {
      deliverables { id title dueOn status body { id name } }
      milestones { id title kind dueOn }
    }
    milestones(first: 50, orderBy: { field: DUE_ON, direction: ASC }) {
      totalCount edges { node { id title kind dueOn doneOn location } }
    }
  } }
}` + FiguresFragment

// BaselineQuery reads no data: what a signed-in request costs by itself.
const BaselineQuery = `query Baseline { serverVersion }`

// ReviewQueueQuery is the auditor's queue.
const ReviewQueueQuery = `query ReviewQueue($first: Int!) {
  reviewQueue(first: $first) {
    id number status periodStart periodEnd submittedAt
    items(first: 1) { totalCount }
    project { id title cup aggregation { id name } }
  }
}`

// ClaimPageQuery is a claim's page without its items.
const ClaimPageQuery = `query ClaimPage($id: ID!) {
  node(id: $id) { ... on ExpenseClaim {
    id number status periodStart periodEnd narrative submittedAt
    project { id title cup aggregationID aggregation { id name } }
    reviews(first: 20, orderBy: { field: CREATED_AT, direction: DESC }) {
      edges { node { id outcome comments completedAt createdAt admittedCents cutCents checklist { key label result note } } }
    }
  } }
}`

// ClaimItemsQuery is one page of a claim's items, as the web app asks
// for it (frontend/src/features/claims/useClaim.ts): without totalCount,
// which a full page would count with a statement of its own.
const ClaimItemsQuery = `query ClaimItems($id: ID!, $first: Int!, $after: Cursor) {
  node(id: $id) { ... on ExpenseClaim { id
    items(first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { node {
        id claimedCents decision admittedCents cutReason
        body { id name }
        expenseCategory { id name }
        invoice { id number issuedOn supplierName cig }
        payment { id mandateNumber receiptDate }
      } }
    }
  } }
}`
