namespace TimelineApp.Editing;

public enum WorkflowStep { Submit, Publish, ReturnToDraft, Archive, Restore, Approve, Reject }
